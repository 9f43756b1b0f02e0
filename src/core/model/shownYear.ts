import type { Settings } from "./buildModel";

/**
 * The year a build shows (targets, capaian sheet, diagram title): the one chosen, else the
 * workbook's Tahun Laporan. Every generator asks here, so the default is decided once.
 * @param settings the workbook's resolved settings
 * @param chosen the year the user picked, if any
 * @returns the year, or undefined when the workbook has no year at all
 * @example shownYear(model.settings, undefined) // 2025 when Tahun Laporan is 2025
 */
export function shownYear(settings: Pick<Settings, "reportYear">, chosen?: number): number | undefined {
  return chosen ?? settings.reportYear;
}
