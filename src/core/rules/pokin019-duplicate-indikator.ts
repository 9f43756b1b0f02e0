import type { Indicator } from "../model/indicator";
import { nameKey } from "../text";
import { fieldCol, kodeLabel } from "./cells";
import type { Rule } from "./types";

/**
 * POKIN019 (warning): the same Indikator (compared case- and space-insensitively) appears twice
 * under the same parent, i.e. the same Kode Induk on the same level (level-1 rows all share the
 * empty parent). Reported at the later row's Indikator cell; the message names the first's Kode.
 */
export const pokin019: Rule = {
  id: "POKIN019",
  severity: "warning",
  *check(model) {
    for (const level of model.levels) {
      if (!level.sheet || level.columns?.fields.indikator === undefined) continue;
      // Kode Induk → Indikator key → first row: two maps keep the parts apart, whatever they hold.
      const first = new Map<string, Map<string, Indicator>>();
      for (const ind of level.indicators) {
        const indikator = nameKey(ind.indikator);
        if (indikator === "") continue;
        const parent = level.index === 0 ? "" : ind.kodeInduk;
        let siblings = first.get(parent);
        if (!siblings) first.set(parent, (siblings = new Map()));
        const earlier = siblings.get(indikator);
        if (!earlier) {
          siblings.set(indikator, ind);
          continue;
        }
        yield {
          sheet: level.sheet.name,
          row: ind.row,
          col: fieldCol(level, "indikator"),
          kode: ind.kode,
          message: {
            id: `${kodeLabel(ind)} Indikator '${ind.indikator}' sudah ada di bawah induk yang sama pada Kode ${earlier.kode}.`,
            en: `${kodeLabel(ind)} Indikator '${ind.indikator}' already appears under the same parent at Kode ${earlier.kode}.`,
          },
        };
      }
    }
  },
};
