import type { Model } from "../model/buildModel";
import { readSettings, SETTINGS_SHEET } from "../model/settings";
import type { CellPos } from "../sheet";
import { nameKey } from "../text";
import type { Rule } from "./types";
import type { Msg } from "../messages";

/**
 * POKIN022 (error): Pengaturan is invalid: a year that is not whole, Tahun Awal after Tahun
 * Akhir, a period longer than 10 years, Tahun Laporan outside the period, an unknown Rumus
 * Negatif, bad Level entries, or no `Kunci | Nilai` table. Each problem the settings reader
 * found is reported at its cell; so are the two that only show once the period is completed
 * from the `Target YYYY` columns (see {@link periodProblems}).
 */
export const pokin022: Rule = {
  id: "POKIN022",
  severity: "error",
  begin(model, out) {
    // A handful of findings at most, and the settings reader words its problems in both
    // languages already: each is picked in the language asked for.
    const sheet = model.settingsSheet?.name ?? SETTINGS_SHEET;
    for (const problem of model.settingsProblems) {
      out.add(sheet, problem.cell.row, problem.cell.col, undefined, problem.message[out.lang]);
    }
    for (const { cell, message } of periodProblems(model)) {
      out.add(sheet, cell.row, cell.col, undefined, message[out.lang]);
    }
    return {};
  },
};

/**
 * Problems the settings reader cannot see alone: when Tahun Awal or Tahun Akhir is missing it is
 * taken from the Target columns, and the period completed that way may still be reversed or
 * too long, or leave Tahun Laporan outside it (the reader drops the values it reports itself,
 * so nothing here repeats one of its problems).
 */
function periodProblems(model: Model): { cell: CellPos; message: Msg }[] {
  const { tahunAwal, tahunAkhir, tahunLaporan, years } = model.settings;
  const cells = readSettings(model.settingsSheet).cells;
  const out: { cell: CellPos; message: Msg }[] = [];
  if (tahunAwal !== undefined && tahunAkhir !== undefined && years.length === 0) {
    const cell = cells.get(nameKey("Tahun Akhir")) ?? cells.get(nameKey("Tahun Awal")) ?? { row: 0, col: 0 };
    const note = {
      id: "Tahun yang tidak diisi di Pengaturan diambil dari kolom Target.",
      en: "A year missing from Pengaturan is taken from the Target columns.",
    };
    out.push({
      cell,
      message:
        tahunAwal > tahunAkhir
          ? {
              id: `Tahun Awal (${tahunAwal}) lebih besar dari Tahun Akhir (${tahunAkhir}). ${note.id}`,
              en: `Tahun Awal (${tahunAwal}) is after Tahun Akhir (${tahunAkhir}). ${note.en}`,
            }
          : {
              id: `Periode ${tahunAwal}–${tahunAkhir} lebih dari 10 tahun. ${note.id}`,
              en: `The period ${tahunAwal}–${tahunAkhir} is longer than 10 years. ${note.en}`,
            },
    });
  }
  const laporanCell = cells.get(nameKey("Tahun Laporan"));
  if (tahunLaporan !== undefined && laporanCell && years.length > 0 && !years.includes(tahunLaporan)) {
    const first = years[0];
    const last = years[years.length - 1];
    out.push({
      cell: laporanCell,
      message: {
        id: `Tahun Laporan ${tahunLaporan} di luar periode ${first}–${last}.`,
        en: `Tahun Laporan ${tahunLaporan} is outside the period ${first}–${last}.`,
      },
    });
  }
  return out;
}
