/** The five bands of Permendagri 86/2017, best first. */
export type Predikat = "Sangat Tinggi" | "Tinggi" | "Sedang" | "Rendah" | "Sangat Rendah";

/** The bands, best first, each with its lower bound (exclusive) and its labels. */
export const PREDIKAT_BANDS: readonly {
  readonly predikat: Predikat;
  /** The band holds c > above (the last band has no lower bound). */
  readonly above?: number;
  readonly label: { readonly id: string; readonly en: string };
}[] = [
  { predikat: "Sangat Tinggi", above: 90, label: { id: "Sangat Tinggi", en: "Very High" } },
  { predikat: "Tinggi", above: 75, label: { id: "Tinggi", en: "High" } },
  { predikat: "Sedang", above: 65, label: { id: "Sedang", en: "Medium" } },
  { predikat: "Rendah", above: 50, label: { id: "Rendah", en: "Low" } },
  { predikat: "Sangat Rendah", label: { id: "Sangat Rendah", en: "Very Low" } },
];

/**
 * The predikat of a capaian (SPEC §4), bands closed over decimals: c > 90 Sangat Tinggi;
 * 75 < c ≤ 90 Tinggi; 65 < c ≤ 75 Sedang; 50 < c ≤ 65 Rendah; c ≤ 50 Sangat Rendah.
 * The capaian must already be rounded to two decimals (what the user sees is what is judged).
 * @param capaian the rounded capaian in percent
 * @returns the band
 * @example predikat(90) // "Tinggi"; predikat(90.01) // "Sangat Tinggi"
 */
export function predikat(capaian: number): Predikat {
  for (const band of PREDIKAT_BANDS) {
    if (band.above === undefined || capaian > band.above) return band.predikat;
  }
  return "Sangat Rendah";
}

/**
 * The label of a predikat in a language.
 * @example predikatLabel("Tinggi", "en") // "High"
 */
export function predikatLabel(p: Predikat, lang: "id" | "en"): string {
  const band = PREDIKAT_BANDS.find((b) => b.predikat === p);
  return band ? band.label[lang] : p;
}
