import { fieldCol } from "./cells";
import type { Rule } from "./types";

/** POKIN003 (error): a row has content but no Kode. Reported at the row's Kode cell. */
export const pokin003: Rule = {
  id: "POKIN003",
  severity: "error",
  *check(model) {
    for (const level of model.levels) {
      if (!level.sheet || level.columns?.fields.kode === undefined) continue;
      for (const row of level.rowsWithoutKode) {
        yield {
          sheet: level.sheet.name,
          row,
          col: fieldCol(level, "kode"),
          message: {
            id: `Baris ${row + 1} berisi data tetapi Kode kosong.`,
            en: `Row ${row + 1} has content but no Kode.`,
          },
        };
      }
    }
  },
};
