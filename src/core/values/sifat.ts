import { nameKey } from "../text";

export type Sifat = "Kumulatif" | "Akhir";

/** Units whose quarters are states, not flows: the year's value is the last quarter given. */
const STATE_UNITS =
  /^(%|persen|persentase|indeks|index|nilai|rasio|ratio|predikat|skor|score|peringkat)(?![a-z0-9])/; // not \b: "%" is no word character

/**
 * Reads a Sifat cell; empty falls back to the unit's default (SPEC §3.2): Akhir for %, indeks,
 * nilai, rasio, predikat; Kumulatif for counts.
 * @example readSifat("", "%") // "Akhir"; readSifat("", "orang") // "Kumulatif"
 */
export function readSifat(text: string, satuan: string): Sifat {
  const key = nameKey(text);
  if (/^(kumulatif|cumulative|jumlah|sum|total)$/.test(key)) return "Kumulatif";
  if (/^(akhir|akhir periode|last|end|posisi akhir|non kumulatif|non-kumulatif)$/.test(key)) return "Akhir";
  return STATE_UNITS.test(nameKey(satuan)) ? "Akhir" : "Kumulatif";
}

/**
 * True when a Satuan means percent.
 * @example isPercentUnit("Persen") // true; isPercentUnit("orang") // false
 */
export function isPercentUnit(satuan: string): boolean {
  return /^(%|persen|persentase|prosen)$/.test(nameKey(satuan));
}
