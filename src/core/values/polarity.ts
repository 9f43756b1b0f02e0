import { nameKey } from "../text";

export type Polaritas = "Positif" | "Negatif";

const POSITIVE = new Set(["positif", "positive", "+", "naik", "maksimal", "maksimum", "max"]);
/** Every word read as Negatif, lower-cased (the inserted capaian formulas test the same words). */
export const NEGATIF_WORDS: readonly string[] = [
  "negatif",
  "negative",
  "-",
  "−",
  "–",
  "turun",
  "minimal",
  "minimum",
  "min",
];
const NEGATIVE = new Set(NEGATIF_WORDS);

/**
 * Reads a Polaritas cell. Empty is Positif (the default); an unknown word is read as Positif
 * and reported (`valid: false`, POKIN018).
 * @example readPolaritas("Turun") // { value: "Negatif", valid: true }
 */
export function readPolaritas(text: string): { value: Polaritas; valid: boolean } {
  const key = nameKey(text);
  if (key === "" || POSITIVE.has(key)) return { value: "Positif", valid: true };
  if (NEGATIVE.has(key)) return { value: "Negatif", valid: true };
  return { value: "Positif", valid: false };
}
