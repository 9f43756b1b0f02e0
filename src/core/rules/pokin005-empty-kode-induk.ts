import type { Indicator } from "../model/indicator";
import { fieldCol, kodeLabel } from "./cells";
import type { Rule, Text } from "./types";

const EMPTY: Text<[Indicator, string]> = {
  id: (ind, above) =>
    `${kodeLabel(ind)} Kode Induk kosong; isi dengan Kode indikator induknya di level '${above}'.`,
  en: (ind, above) =>
    `${kodeLabel(ind)} Kode Induk is empty; fill in the Kode of its parent indicator on level '${above}'.`,
};

/**
 * POKIN005 (error): Kode Induk is empty below level 1, so the indicator hangs in the air.
 * Reported at the Kode Induk cell. A level without a Kode Induk column is POKIN002's.
 */
export const pokin005: Rule = {
  id: "POKIN005",
  severity: "error",
  begin(model, out) {
    return {
      level(level) {
        if (level.index === 0 || level.columns?.fields.kodeInduk === undefined) return undefined;
        const above = model.levels[level.index - 1]?.name ?? "";
        const col = fieldCol(level, "kodeInduk");
        return (ind) => {
          if (ind.kodeInduk === "") out.add(ind.sheet, ind.row, col, ind.kode, EMPTY[out.lang](ind, above));
        };
      },
    };
  },
};
