import { nameKey } from "../text";
import { memo } from "./memo";

export type Sifat = "Kumulatif" | "Akhir";

/**
 * Reads a Sifat cell (SPEC §3.2). Kumulatif (the sum of the quarters, the Permendagri 86/2017
 * form's convention) is the default for every unit, % included: a year's realisasi is read as
 * the last quarter given only when the cell says `Akhir` (or one of its spellings).
 * @param text the Sifat cell, as text
 * @returns the Sifat; Kumulatif for an empty or unknown cell
 * @example readSifat("") // "Kumulatif"; readSifat("Akhir Periode") // "Akhir"
 */
export function readSifat(text: string): Sifat {
  const key = nameKey(text);
  if (/^(akhir|akhir periode|last|end|posisi akhir|non kumulatif|non-kumulatif)$/.test(key)) return "Akhir";
  return "Kumulatif";
}

/**
 * True when a Satuan means percent.
 * @example isPercentUnit("Persen") // true; isPercentUnit("orang") // false
 */
export function isPercentUnit(satuan: string): boolean {
  return percentUnit(satuan);
}

// A workbook has a handful of distinct Satuan: each is normalised and matched once.
const percentUnit = memo((satuan) => /^(%|persen|persentase|prosen)$/.test(nameKey(satuan)));
const stateUnit = memo(
  (satuan) =>
    percentUnit(satuan) ||
    /^(%|persen|persentase|indeks|index|nilai|rasio|ratio|predikat|skor|score)(?![a-z0-9])/.test(
      nameKey(satuan),
    ),
);

/**
 * True when a Satuan measures a state rather than a yearly count (SPEC §7, POKIN016): %,
 * indeks, nilai, rasio, predikat, skor. Counts (orang, dokumen, kegiatan, …) are not.
 * @example isStateUnit("Indeks") // true; isStateUnit("dokumen") // false
 */
export function isStateUnit(satuan: string): boolean {
  return stateUnit(satuan);
}
