import { fieldCol, kodeLabel } from "./cells";
import type { Rule } from "./types";

/**
 * POKIN005 (error): Kode Induk is empty below level 1, so the indicator hangs in the air.
 * Reported at the Kode Induk cell. A level without a Kode Induk column is POKIN002's.
 */
export const pokin005: Rule = {
  id: "POKIN005",
  severity: "error",
  *check(model) {
    for (const level of model.levels) {
      if (level.index === 0 || level.columns?.fields.kodeInduk === undefined) continue;
      const above = model.levels[level.index - 1]?.name ?? "";
      for (const ind of level.indicators) {
        if (ind.kodeInduk !== "") continue;
        yield {
          sheet: ind.sheet,
          row: ind.row,
          col: fieldCol(level, "kodeInduk"),
          kode: ind.kode,
          message: {
            id: `${kodeLabel(ind)} Kode Induk kosong; isi dengan Kode indikator induknya di level '${above}'.`,
            en: `${kodeLabel(ind)} Kode Induk is empty; fill in the Kode of its parent indicator on level '${above}'.`,
          },
        };
      }
    }
  },
};
