import { formatAt } from "../sheet";
import { memo } from "../values/memo";
import { isPercentFormat } from "../values/number";
import { isPercentUnit } from "../values/sifat";
import { kodeLabel } from "./cells";
import { numberLabels, numericCells } from "./pokin012-not-a-number";
import type { LevelModel } from "../model/buildModel";
import type { Hit, Rule } from "./types";

const ID = new Intl.NumberFormat("id-ID", { useGrouping: false, maximumFractionDigits: 10 });
const EN = new Intl.NumberFormat("en-US", { useGrouping: false, maximumFractionDigits: 10 });

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
      yield* percentFormatElsewhere(level);
    }
  },
};

/** Number cells of non-% indicators whose format shows a percentage. */
const percentFormat = memo(isPercentFormat);
function isPercentFormatKnown(format: string | undefined): boolean {
  return format !== undefined && percentFormat(format);
}

function* percentFormatElsewhere(level: LevelModel): Generator<Hit> {
  const sheet = level.sheet;
  if (!sheet?.numberFormats || !level.columns) return;
  const labels = numberLabels(level);
  for (const ind of level.indicators) {
    // A row with no percent format anywhere has no such cell: most rows stop here.
    if (!sheet.numberFormats[ind.row]?.some(isPercentFormatKnown)) continue;
    if (isPercentUnit(ind.satuan)) continue;
    const cells = [
      ind.baseline,
      ...ind.targets.values(),
      ...ind.realisasi.values(),
      ...[...ind.quarters.values()].flat(),
    ];
    for (const cell of cells) {
      if (cell?.state !== "number" || cell.value === undefined) continue;
      if (!isPercentFormat(formatAt(sheet, ind.row, cell.col))) continue;
      const label = labels.get(cell.col) ?? "";
      const shown = Math.round(cell.value * 100 * 1e9) / 1e9;
      yield {
        sheet: sheet.name,
        row: ind.row,
        col: cell.col,
        kode: ind.kode,
        message: {
          id: `${kodeLabel(ind)} ${label} diformat sebagai persen (${ID.format(shown)}%) tetapi Satuan '${ind.satuan}' bukan %: yang dipakai nilai tersimpannya, ${ID.format(cell.value)}; samakan format sel dan Satuan.`,
          en: `${kodeLabel(ind)} ${label} is formatted as a percentage (${EN.format(shown)}%) but Satuan '${ind.satuan}' is not %: its stored value, ${EN.format(cell.value)}, is used; make the cell format and the Satuan agree.`,
        },
      };
    }
  }
}
