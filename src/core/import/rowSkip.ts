import { cellText } from "../text";
import { isNumbering } from "./headerDetect";
import type { Msg } from "../messages";

const MONTHS = "januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember";
const SIGNATURE = new RegExp(
  `^(nip\\b|nip\\.|(plt\\.? |plh\\.? |a\\.? ?n\\.? )?kepala\\b(?! (keluarga|rumah tangga|sekolah))|mengetahui\\b|ttd\\b|tanda tangan\\b|\\[nama|pembina( utama)?( muda| madya)?$|penata( tk\\.? ?i+)?$)|,\\s*\\d{0,2}\\s*(${MONTHS})\\s+\\d{4}$`,
  "i",
);

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
): Msg | undefined {
  const filled = cols.filter((c) => !ignoreCols.has(c) && cellText(row[c]) !== "");
  const all = cols.filter((c) => cellText(row[c]) !== "");
  if (belowSignature && all.length <= 2) {
    return {
      id: "blok tanda tangan (atau catatan di bawahnya)",
      en: "a signature block (or a note below it)",
    };
  }
  if (filled.length === 0) {
    const only = all.map((c) => cellText(row[c]));
    if (only.every((t) => /^[\d.]+$/.test(t))) return { id: "hanya nomor urut", en: "only a row number" };
    return { id: "hanya teks di kolom No (catatan?)", en: "text only in the No column (a note?)" };
  }
  if (isNumbering(filled.map((c) => cellText(row[c])))) {
    return { id: "baris penomoran kolom", en: "a column-numbering row" };
  }
  const content = contentCols.map((c) => cellText(row[c])).filter((t) => t !== "" && t !== "0");
  if (filled.length === 1 && /^[^:]{2,60}:\s*\S/.test(cellText(row[filled[0]!]))) {
    return {
      id: "subjudul 'label: isi' (mis. Perangkat Daerah : …)",
      en: "a 'label: value' sub-title (e.g. Perangkat Daerah : …)",
    };
  }
  if (content.some((t) => SIGNATURE.test(t))) return { id: "blok tanda tangan", en: "a signature block" };
  if (content.length > 0 && content.every((t) => TOTAL.test(t))) {
    return { id: "baris jumlah/total", en: "a totals row" };
  }
  if (content.length === 0) {
    const texts = filled.map((c) => cellText(row[c]));
    if (texts.every((t) => /^[+-]?[\d.,]+%?$/.test(t) || /^#/.test(t))) {
      return {
        id: "baris jumlah (hanya angka, tanpa uraian)",
        en: "a totals row (numbers only, no statement)",
      };
    }
    if (texts.some((t) => SIGNATURE.test(t))) return { id: "blok tanda tangan", en: "a signature block" };
    return { id: "tidak ada isi pada kolom yang diimpor", en: "nothing in the imported columns" };
  }
  return undefined;
}
