import { fieldCol, kodeLabel } from "./cells";
import type { Rule } from "./types";

/**
 * POKIN009 (error): an indicator row (a row with a Kode) has an empty Indikator. Reported at
 * the Indikator cell. A sheet without an Indikator column is POKIN002's.
 */
export const pokin009: Rule = {
  id: "POKIN009",
  severity: "error",
  *check(model) {
    for (const level of model.levels) {
      if (level.columns?.fields.indikator === undefined) continue;
      for (const ind of level.indicators) {
        if (ind.indikator !== "") continue;
        yield {
          sheet: ind.sheet,
          row: ind.row,
          col: fieldCol(level, "indikator"),
          kode: ind.kode,
          message: { id: `${kodeLabel(ind)} Indikator kosong.`, en: `${kodeLabel(ind)} Indikator is empty.` },
        };
      }
    }
  },
};
