import { fieldCol } from "./cells";
import type { Rule, Text } from "./types";

const NO_KODE: Text<[number]> = {
  id: (n) => `Baris ${n} berisi data tetapi Kode kosong.`,
  en: (n) => `Row ${n} has content but no Kode.`,
};

/** POKIN003 (error): a row has content but no Kode. Reported at the row's Kode cell. */
export const pokin003: Rule = {
  id: "POKIN003",
  severity: "error",
  begin(model, out) {
    for (const level of model.levels) {
      if (!level.sheet || level.columns?.fields.kode === undefined) continue;
      const col = fieldCol(level, "kode");
      for (const row of level.rowsWithoutKode) {
        out.add(level.sheet.name, row, col, undefined, NO_KODE[out.lang](row + 1));
      }
    }
    return {};
  },
};
