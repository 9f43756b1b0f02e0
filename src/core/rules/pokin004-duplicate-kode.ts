import { a1, sheetRef } from "../a1";
import type { Indicator } from "../model/indicator";
import { fieldCol, kodeLabel } from "./cells";
import type { Rule, Text } from "./types";

const USED: Text<[Indicator, string]> = {
  id: (ind, where) =>
    `${kodeLabel(ind)} Kode sudah dipakai di ${where}; Kode harus unik di seluruh buku kerja.`,
  en: (ind, where) =>
    `${kodeLabel(ind)} Kode is already used at ${where}; a Kode must be unique in the whole workbook.`,
};

/**
 * POKIN004 (error): a Kode is used again. Kode must be unique in the whole workbook
 * (SPEC §3.2), so every repeat after the first — on any level — is reported at its Kode cell,
 * and the message names the first use, so the user sees which of the two to renumber.
 * Kodes are compared cleaned (as the model keys them), so " 1.1" repeats "1.1".
 */
export const pokin004: Rule = {
  id: "POKIN004",
  severity: "error",
  begin(model, out) {
    return {
      // The model notes each repeat's first use (`repeatOf`) as it indexes the Kodes.
      level(level) {
        const col = fieldCol(level, "kode");
        return (ind) => {
          const earlier = ind.repeatOf;
          if (!earlier) return;
          const where = sheetRef(
            earlier.sheet,
            a1(earlier.row, fieldCol(model.levels[earlier.level], "kode")),
          );
          out.add(ind.sheet, ind.row, col, ind.kode, USED[out.lang](ind, where));
        };
      },
    };
  },
};
