import { numericCells } from "./pokin012-not-a-number";
import type { Rule } from "./types";

const ID = new Intl.NumberFormat("id-ID", { useGrouping: false, maximumFractionDigits: 10 });
const EN = new Intl.NumberFormat("en-US", { useGrouping: false, maximumFractionDigits: 10 });

/**
 * POKIN013 (warning): a Baseline, Target, Realisasi or quarter cell holds a number stored as
 * text (`"1.234,5"`, `"75,5%"`). The check reads it, but Excel's own sums and the Capaian formulas
 * do not, so no capaian is computed from it anywhere (SPEC §7, refinements); the message gives the value read — in each language's notation, without grouping,
 * so `1234,5` cannot be mistaken for a thousands separator — for the user to confirm and retype.
 * Checked on rows with and without a Kode, like POKIN012.
 */
export const pokin013: Rule = {
  id: "POKIN013",
  severity: "warning",
  *check(model) {
    for (const level of model.levels) {
      for (const cell of numericCells(level, "text")) {
        if (cell.value === undefined) continue;
        const who = cell.kode !== undefined ? `[${cell.kode}]` : `Baris ${cell.row + 1}:`;
        const whoEn = cell.kode !== undefined ? `[${cell.kode}]` : `Row ${cell.row + 1}:`;
        yield {
          sheet: level.sheet?.name ?? level.name,
          row: cell.row,
          col: cell.col,
          ...(cell.kode !== undefined ? { kode: cell.kode } : {}),
          message: {
            id: `${who} ${cell.label} berisi angka yang disimpan sebagai teks, terbaca sebagai ${ID.format(cell.value)}; ketik ulang sebagai angka: rumus lembar kerja tidak membacanya, jadi capaian tidak dihitung darinya.`,
            en: `${whoEn} ${cell.label} holds a number stored as text, read as ${EN.format(cell.value)}; retype it as a number: spreadsheet formulas do not read it, so no capaian is computed from it.`,
          },
        };
      }
    }
  },
};
