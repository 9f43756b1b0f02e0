import { importNote, type ImportNote } from "../importNote";

/**
 * The notes {@link fillNode} leaves on a row, each with its code and fields.
 * @example rowNotes.sameYear("J5", 2025, 80).code // "note.same-year-target"
 */
export const rowNotes = {
  unitFromValue: (cell: string, unit: string): ImportNote =>
    importNote(
      "note.unit-from-value",
      `${cell}: satuan '${unit}' diambil dari nilainya`,
      `${cell}: unit '${unit}' taken from the value`,
      { cell, args: { unit } },
    ),
  unitDiffers: (cell: string, unit: string, satuan: string): ImportNote =>
    importNote(
      "note.unit-differs",
      `${cell}: satuan pada nilai '${unit}' berbeda dari '${satuan}'`,
      `${cell}: the value's unit '${unit}' differs from '${satuan}'`,
      { cell, args: { unit, satuan } },
    ),
  withoutIndicator: (r: number, dropped: number): ImportNote =>
    importNote(
      "note.values-without-indicator",
      `baris ${r + 1}: ${dropped} nilai tidak diimpor karena baris ini tanpa indikator (baris induk berisi jumlah/SUM?)`,
      `row ${r + 1}: ${dropped} values not imported because the row has no indicator (a parent row holding SUMs?)`,
      { args: { row: r + 1, count: dropped } },
    ),
  shared: (r: number, split: number): ImportNote =>
    importNote(
      "note.values-shared",
      `baris ${r + 1}: sel indikator berisi ${split} indikator; satuan dan nilai yang sama diberikan ke masing-masing — periksa`,
      `row ${r + 1}: the indicator cell holds ${split} indicators; each got the same unit and values — please check`,
      { args: { row: r + 1, count: split } },
    ),
  sameYear: (cell: string, year: number, kept: number): ImportNote =>
    importNote(
      "note.same-year-target",
      `${cell}: Target ${year} sudah ${kept} dari kolom sebelumnya; nilai sel ini tidak dipakai`,
      `${cell}: Target ${year} is already ${kept} from an earlier column; this cell's value is not used`,
      { cell, args: { year, kept } },
    ),
  fraction: (cell: string, value: number): ImportNote =>
    importNote(
      "note.fraction-under-percent",
      `${cell}: ${value} dengan satuan % tampak seperti pecahan (${value * 100}%?); dibiarkan ${value} — periksa`,
      `${cell}: ${value} under a % unit looks like a fraction (${value * 100}%?); kept as ${value} — please check`,
      { cell, args: { value } },
    ),
  percentFormat: (cell: string, value: number, satuan: string): ImportNote =>
    importNote(
      "note.percent-format-unit",
      `${cell}: sel berformat % (tampil ${value * 100}%) dengan satuan '${satuan}': disimpan ${value} apa adanya`,
      `${cell}: a %-formatted cell (shown as ${value * 100}%) under unit '${satuan}': kept as ${value}`,
      { cell, args: { value, satuan } },
    ),
};
