import type { LevelModel, Settings } from "./buildModel";
import type { RawSettings } from "./settings";

/**
 * Applies the defaults of SPEC §3.1: a period missing from Pengaturan spans the Target years
 * the level sheets have; Tahun Laporan defaults to this year when inside the period, else the
 * period's last year.
 * @param raw what Pengaturan says
 * @param levels the levels read (their Target columns)
 * @param now "today"
 * @returns the settings with the period's years and the report year
 * @example resolveSettings(raw, levels, new Date(2026, 0, 1)).reportYear // 2026 within 2025–2027
 */
export function resolveSettings(raw: RawSettings, levels: readonly LevelModel[], now: Date): Settings {
  let { tahunAwal, tahunAkhir } = raw;
  if (tahunAwal === undefined || tahunAkhir === undefined) {
    const found = levels.flatMap((l) => [...(l.columns?.targets.keys() ?? [])]);
    if (found.length > 0) {
      tahunAwal ??= Math.min(...found);
      tahunAkhir ??= Math.max(...found);
    }
  }
  const years: number[] = [];
  if (
    tahunAwal !== undefined &&
    tahunAkhir !== undefined &&
    tahunAwal <= tahunAkhir &&
    tahunAkhir - tahunAwal < 10
  ) {
    for (let y = tahunAwal; y <= tahunAkhir; y++) years.push(y);
  }
  const thisYear = now.getFullYear();
  const reportYear =
    raw.tahunLaporan ??
    (years.includes(thisYear) ? thisYear : years.length > 0 ? years[years.length - 1] : undefined);
  return { ...raw, tahunAwal, tahunAkhir, years, reportYear };
}
