import type { Indicator } from "../model/indicator";
import { nameKey } from "../text";
import { fieldCol, kodeLabel } from "./cells";
import type { Rule, Text } from "./types";

const AGAIN: Text<[Indicator, Indicator]> = {
  id: (ind, earlier) =>
    `${kodeLabel(ind)} Indikator '${ind.indikator}' sudah ada di bawah induk yang sama pada Kode ${earlier.kode}.`,
  en: (ind, earlier) =>
    `${kodeLabel(ind)} Indikator '${ind.indikator}' already appears under the same parent at Kode ${earlier.kode}.`,
};

/**
 * POKIN019 (warning): the same Indikator (compared case- and space-insensitively) appears twice
 * under the same parent, i.e. the same Kode Induk on the same level (level-1 rows all share the
 * empty parent). Reported at the later row's Indikator cell; the message names the first's Kode.
 */
export const pokin019: Rule = {
  id: "POKIN019",
  severity: "warning",
  begin(_model, out) {
    return {
      level(level) {
        if (!level.sheet || level.columns?.fields.indikator === undefined) return undefined;
        const name = level.sheet.name;
        const col = fieldCol(level, "indikator");
        // Kode Induk → Indikator key → first row: two maps keep the parts apart, whatever they hold.
        const first = new Map<string, Map<string, Indicator>>();
        return (ind) => {
          const indikator = nameKey(ind.indikator);
          if (indikator === "") return;
          const parent = level.index === 0 ? "" : ind.kodeInduk;
          let siblings = first.get(parent);
          if (!siblings) first.set(parent, (siblings = new Map()));
          const earlier = siblings.get(indikator);
          if (!earlier) siblings.set(indikator, ind);
          else out.add(name, ind.row, col, ind.kode, AGAIN[out.lang](ind, earlier));
        };
      },
    };
  },
};
