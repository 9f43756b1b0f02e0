import { nameKey } from "../text";

export type Polaritas = "Positif" | "Negatif";

const POSITIVE = new Set(["positif", "positive", "+", "naik", "maksimal", "maksimum", "max"]);
const NEGATIVE = new Set(["negatif", "negative", "-", "−", "–", "turun", "minimal", "minimum", "min"]);

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
