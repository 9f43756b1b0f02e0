import { DEFAULT_LEVELS } from "../../model/settings";
import { nameKey } from "../../text";
import type { GabungInput } from "./types";

/** The most common value (the first seen among equals), or undefined. */
function mostCommon<T>(values: readonly (T | undefined)[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

/**
 * The `Pengaturan` of the Pemda workbook (SPEC §11): Pemerintah Daerah, the period, Tahun
 * Laporan and Rumus Negatif from the RPD workbook where it says, else what most OPDs say;
 * the level names of the RPD (or the first OPD).
 * @param input the batch
 * @returns Kunci/Nilai pairs and the level sheet names
 * @example pemdaSettings({ opds, findings: [] }).settings[0] // ["Pemerintah Daerah", "Kabupaten Banjarnegara"]
 */
export function pemdaSettings(input: GabungInput): {
  settings: [string, string | number][];
  levelNames: string[];
} {
  const all = [...(input.rpd ? [input.rpd.summary] : []), ...input.opds.map((o) => o.summary)];
  const pick = <T>(get: (s: (typeof all)[number]) => T | undefined): T | undefined =>
    (input.rpd ? get(input.rpd.summary) : undefined) ?? mostCommon(input.opds.map((o) => get(o.summary)));
  const pemda = pick((s) => s.pemerintahDaerah || undefined) ?? "";
  const period = pick((s) =>
    s.tahunAwal !== undefined && s.tahunAkhir !== undefined ? `${s.tahunAwal}-${s.tahunAkhir}` : undefined,
  );
  const [awal, akhir] = period ? period.split("-").map(Number) : [undefined, undefined];
  const reportYear = pick((s) => s.reportYear);
  const rumus = pick((s) => s.rumusNegatif) ?? "Standar";
  const levelNames = [...(all[0]?.levels ?? DEFAULT_LEVELS)];
  const settings: [string, string | number][] = [["Pemerintah Daerah", pemda]];
  if (awal !== undefined && akhir !== undefined) settings.push(["Tahun Awal", awal], ["Tahun Akhir", akhir]);
  if (reportYear !== undefined) settings.push(["Tahun Laporan", reportYear]);
  settings.push(["Rumus Negatif", rumus]);
  const custom =
    levelNames.length !== DEFAULT_LEVELS.length ||
    levelNames.some((n, i) => nameKey(n) !== nameKey(DEFAULT_LEVELS[i] ?? ""));
  if (custom) levelNames.forEach((n, i) => settings.push([`Level ${i + 1}`, n]));
  settings.push([
    "Keterangan",
    `Gabungan ${input.opds.length} Perangkat Daerah oleh pokin gabung${input.rpd ? `, RPD dari ${input.rpd.summary.file}` : ""}`,
  ]);
  return { settings, levelNames };
}
