import { fieldCol, kodeLabel } from "./cells";
import type { Rule } from "./types";

/**
 * POKIN010 (error): an indicator row has an empty Satuan (unit). Reported at the Satuan cell.
 * A sheet without a Satuan column is POKIN002's.
 */
export const pokin010: Rule = {
  id: "POKIN010",
  severity: "error",
  *check(model) {
    for (const level of model.levels) {
      if (level.columns?.fields.satuan === undefined) continue;
      for (const ind of level.indicators) {
        if (ind.satuan !== "") continue;
        yield {
          sheet: ind.sheet,
          row: ind.row,
          col: fieldCol(level, "satuan"),
          kode: ind.kode,
          message: {
            id: `${kodeLabel(ind)} Satuan kosong.`,
            en: `${kodeLabel(ind)} Satuan (unit) is empty.`,
          },
        };
      }
    }
  },
};
