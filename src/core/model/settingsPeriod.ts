import type { CellPos } from "../sheet";
import { cellText, nameKey } from "../text";
import { readNumber } from "../values/number";
import type { SettingsProblem } from "./settings";

const KEYS = {
  awal: nameKey("Tahun Awal"),
  akhir: nameKey("Tahun Akhir"),
  laporan: nameKey("Tahun Laporan"),
};

/** The plan period Pengaturan gives; a year is undefined when absent or invalid. */
export interface Period {
  readonly tahunAwal?: number;
  readonly tahunAkhir?: number;
  readonly tahunLaporan?: number;
}

/**
 * Reads Tahun Awal, Tahun Akhir and Tahun Laporan (SPEC §3.1): whole years, a period of at
 * most 10 years that does not run backwards, a report year inside it. An invalid value is a
 * problem at its cell and is left undefined (an invalid period drops both ends).
 * @param entry the value and cell of a Pengaturan key (by nameKey), if present
 * @param problems where invalid values are reported
 * @returns the years that are valid
 * @example readPeriod((k) => (k === "tahun awal" ? { value: 2025, cell } : undefined), []).tahunAwal // 2025
 */
export function readPeriod(
  entry: (key: string) => { value: unknown; cell: CellPos } | undefined,
  problems: SettingsProblem[],
): Period {
  const year = (k: string, label: string): number | undefined => {
    const found = entry(k);
    if (!found) return undefined;
    const read = readNumber(found.value);
    if (read.state === "empty") return undefined;
    const n = read.value;
    if (n === undefined || !Number.isInteger(n) || n < 1900 || n > 2200) {
      problems.push({
        cell: found.cell,
        message: {
          id: `${label} harus tahun bulat (mis. 2025), terbaca '${cellText(found.value)}'.`,
          en: `${label} must be a whole year (e.g. 2025), found '${cellText(found.value)}'.`,
        },
      });
      return undefined;
    }
    return n;
  };

  let tahunAwal = year(KEYS.awal, "Tahun Awal");
  let tahunAkhir = year(KEYS.akhir, "Tahun Akhir");
  let tahunLaporan = year(KEYS.laporan, "Tahun Laporan");
  if (tahunAwal !== undefined && tahunAkhir !== undefined) {
    if (tahunAwal > tahunAkhir) {
      problems.push({
        cell: entry(KEYS.akhir)!.cell,
        message: {
          id: `Tahun Awal (${tahunAwal}) lebih besar dari Tahun Akhir (${tahunAkhir}).`,
          en: `Tahun Awal (${tahunAwal}) is after Tahun Akhir (${tahunAkhir}).`,
        },
      });
      tahunAwal = tahunAkhir = undefined;
    } else if (tahunAkhir - tahunAwal + 1 > 10) {
      problems.push({
        cell: entry(KEYS.akhir)!.cell,
        message: {
          id: `Periode ${tahunAwal}–${tahunAkhir} lebih dari 10 tahun.`,
          en: `The period ${tahunAwal}–${tahunAkhir} is longer than 10 years.`,
        },
      });
      tahunAwal = tahunAkhir = undefined;
    }
  }
  if (tahunLaporan !== undefined && tahunAwal !== undefined && tahunAkhir !== undefined) {
    if (tahunLaporan < tahunAwal || tahunLaporan > tahunAkhir) {
      problems.push({
        cell: entry(KEYS.laporan)!.cell,
        message: {
          id: `Tahun Laporan ${tahunLaporan} di luar periode ${tahunAwal}–${tahunAkhir}.`,
          en: `Tahun Laporan ${tahunLaporan} is outside the period ${tahunAwal}–${tahunAkhir}.`,
        },
      });
      tahunLaporan = undefined;
    }
  }

  return { tahunAwal, tahunAkhir, tahunLaporan };
}
