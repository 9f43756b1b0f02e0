import { cellText } from "../../text";
import { isNumbering } from "../detect/detectHeader";
import { importNote, type ImportNote } from "../importNote";

const MONTHS = "januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember";
const SIGNATURE = new RegExp(
  `^(nip\\b|nip\\.|(plt\\.? |plh\\.? |a\\.? ?n\\.? )?kepala\\b(?! (keluarga|rumah tangga|sekolah))|mengetahui\\b|ttd\\b|tanda tangan\\b|\\[nama|pembina( utama)?( muda| madya)?$|penata( tk\\.? ?i+)?$)|,\\s*\\d{0,2}\\s*(${MONTHS})\\s+\\d{4}$`,
  "i",
);

const SIGNED = importNote("skip.signature", "blok tanda tangan", "a signature block");

/** A totals label, not an indicator that starts with the word (`Jumlah PPKS yang …`). */
const TOTAL =
  /^(jumlah|total|sub ?total|grand total)( (total|keseluruhan|seluruhnya|anggaran|pagu|program|kegiatan|sub kegiatan|urusan|bidang|[ivx]+|\d+|\(rp\.?\)))*\s*:?$/i;

/**
 * Why a data row is not a tree row, or undefined when it may be: a `Perangkat Daerah : …`
 * sub-title (one "label: value" cell), a totals row (numbers only, or `Jumlah`/`Total`),
 * a signature block (`NIP.`, `Kepala …`, `Lubuk Pakam, Desember 2025`), or content only in
 * columns that are not imported.
 * @param row the row's values
 * @param cols the columns inside the window
 * @param contentCols the statement/indicator/code columns of imported groups
 * @param ignoreCols columns whose content never makes a row (the `No` column)
 * @param belowSignature a signature row came before: a row of one or two cells is part of the
 *   block (the signer's name has no keyword) or a note below it
 * @example rowSkip(["", "Jumlah", 5], [0, 1, 2], [1], []) // the "total" reason
 */
export function rowSkip(
  row: readonly unknown[],
  cols: readonly number[],
  contentCols: readonly number[],
  ignoreCols: ReadonlySet<number>,
  belowSignature = false,
): ImportNote | undefined {
  const filled = cols.filter((c) => !ignoreCols.has(c) && cellText(row[c]) !== "");
  const all = cols.filter((c) => cellText(row[c]) !== "");
  if (belowSignature && all.length <= 2) {
    return importNote(
      "skip.below-signature",
      "blok tanda tangan (atau catatan di bawahnya)",
      "a signature block (or a note below it)",
    );
  }
  if (filled.length === 0) {
    const only = all.map((c) => cellText(row[c]));
    if (only.every((t) => /^[\d.]+$/.test(t)))
      return importNote("skip.row-number", "hanya nomor urut", "only a row number");
    return importNote(
      "skip.no-column-text",
      "hanya teks di kolom No (catatan?)",
      "text only in the No column (a note?)",
    );
  }
  if (isNumbering(filled.map((c) => cellText(row[c])))) {
    return importNote("skip.numbering", "baris penomoran kolom", "a column-numbering row");
  }
  const content = contentCols.map((c) => cellText(row[c])).filter((t) => t !== "" && t !== "0");
  if (filled.length === 1 && /^[^:]{2,60}:\s*\S/.test(cellText(row[filled[0]!]))) {
    return importNote(
      "skip.subtitle",
      "subjudul 'label: isi' (mis. Perangkat Daerah : …)",
      "a 'label: value' sub-title (e.g. Perangkat Daerah : …)",
    );
  }
  if (content.some((t) => SIGNATURE.test(t))) return SIGNED;
  if (content.length > 0 && content.every((t) => TOTAL.test(t))) {
    return importNote("skip.total", "baris jumlah/total", "a totals row");
  }
  if (content.length === 0) {
    const texts = filled.map((c) => cellText(row[c]));
    if (texts.every((t) => /^[+-]?[\d.,]+%?$/.test(t) || /^#/.test(t))) {
      return importNote(
        "skip.numbers-only",
        "baris jumlah (hanya angka, tanpa uraian)",
        "a totals row (numbers only, no statement)",
      );
    }
    if (texts.some((t) => SIGNATURE.test(t))) return SIGNED;
    return importNote(
      "skip.outside-columns",
      "tidak ada isi pada kolom yang diimpor",
      "nothing in the imported columns",
    );
  }
  return undefined;
}
