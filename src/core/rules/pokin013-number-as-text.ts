import type { Indicator } from "../model/indicator";
import { rowMayHave } from "../model/yearCells";
import { memo } from "../values/memo";
import { isPercentFormat } from "../values/number";
import { isPercentUnit } from "../values/sifat";
import { kodeLabel } from "./cells";
import { layoutOf, looseCells, numberLabels, slotsByColumn } from "./numberSlots";
import type { Rule, Text } from "./types";

const ID = new Intl.NumberFormat("id-ID", { useGrouping: false, maximumFractionDigits: 10 });
const EN = new Intl.NumberFormat("en-US", { useGrouping: false, maximumFractionDigits: 10 });

const AS_TEXT: Text<[string | undefined, number, string, number]> = {
  id: (kode, row, label, value) =>
    `${kode !== undefined ? `[${kode}]` : `Baris ${row + 1}:`} ${label} berisi angka yang disimpan sebagai teks, terbaca sebagai ${ID.format(value)}; ketik ulang sebagai angka: rumus lembar kerja tidak membacanya, jadi capaian tidak dihitung darinya.`,
  en: (kode, row, label, value) =>
    `${kode !== undefined ? `[${kode}]` : `Row ${row + 1}:`} ${label} holds a number stored as text, read as ${EN.format(value)}; retype it as a number: spreadsheet formulas do not read it, so no capaian is computed from it.`,
};
const PERCENT_FORMAT: Text<[Indicator, string, number, number]> = {
  id: (ind, label, shown, value) =>
    `${kodeLabel(ind)} ${label} diformat sebagai persen (${ID.format(shown)}%) tetapi Satuan '${ind.satuan}' bukan %: yang dipakai nilai tersimpannya, ${ID.format(value)}; samakan format sel dan Satuan.`,
  en: (ind, label, shown, value) =>
    `${kodeLabel(ind)} ${label} is formatted as a percentage (${EN.format(shown)}%) but Satuan '${ind.satuan}' is not %: its stored value, ${EN.format(value)}, is used; make the cell format and the Satuan agree.`,
};

/** Number cells of non-% indicators whose format shows a percentage. */
const percentFormat = memo(isPercentFormat);
function isPercentFormatKnown(format: string | undefined): boolean {
  return format !== undefined && percentFormat(format);
}

/**
 * POKIN013 (warning): a Baseline, Target, Realisasi or quarter cell holds a number stored as
 * text (`"1.234,5"`, `"75,5%"`). The check reads it, but Excel's own sums and the Capaian formulas
 * do not, so no capaian is computed from it anywhere (SPEC §7, refinements); the message gives
 * the value read — in each language's notation, without grouping,
 * so `1234,5` cannot be mistaken for a thousands separator — for the user to confirm and retype.
 * Checked on rows with and without a Kode, like POKIN012.
 * Also, on indicator rows: a number formatted as % while the Satuan is not %. Such a cell counts
 * as its stored value (0.5 shown as 50 % with Satuan `dokumen` is 0.5, SPEC §3.2): the format
 * and the unit disagree, and the message says which value is used.
 */
export const pokin013: Rule = {
  id: "POKIN013",
  severity: "warning",
  begin(_model, out) {
    return {
      level(level) {
        const layout = layoutOf(level);
        if (!layout || !level.sheet) return undefined;
        const { name, numberFormats: formats } = level.sheet;
        const labels = numberLabels(level);
        const label = (c: number) => labels.get(c) ?? "";
        for (const c of looseCells(level, "text")) {
          if (c.value !== undefined)
            out.add(
              name,
              c.row,
              c.col,
              undefined,
              AS_TEXT[out.lang](undefined, c.row, label(c.col), c.value),
            );
        }
        const order = slotsByColumn(layout);
        return (ind) => {
          if (rowMayHave(ind, "text")) {
            for (const j of order) {
              const value = ind.slotState(j) === "text" ? ind.slotValue(j) : undefined;
              if (value === undefined) continue;
              const col = layout.cols[j]!;
              out.add(name, ind.row, col, ind.kode, AS_TEXT[out.lang](ind.kode, ind.row, label(col), value));
            }
          }
          // A row with no percent format anywhere has no such cell: most rows stop here.
          const rowFormats = formats?.[ind.row];
          if (!rowFormats?.some(isPercentFormatKnown) || isPercentUnit(ind.satuan)) return;
          for (const j of order) {
            const value = ind.slotState(j) === "number" ? ind.slotValue(j) : undefined;
            const col = layout.cols[j]!;
            if (value === undefined || !isPercentFormatKnown(rowFormats[col])) continue;
            const shown = Math.round(value * 100 * 1e9) / 1e9;
            out.add(name, ind.row, col, ind.kode, PERCENT_FORMAT[out.lang](ind, label(col), shown, value));
          }
        };
      },
    };
  },
};
