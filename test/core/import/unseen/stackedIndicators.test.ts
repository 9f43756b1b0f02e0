import type { ImportPreview } from "../../../../src/core/import";
import { counts, importAndCheck, lostRows, notes, preview, rows } from "./run";
import { templateFile, type TemplateFile } from "../../../fixtures/templates/templateFile";

describe("previewImport(several indicators in one cell, with their units and targets stacked too)", () => {
  let u: TemplateFile;
  let p: ImportPreview;
  beforeAll(async () => {
    u = await templateFile("stacked-indicators");
    p = preview(u);
  });

  test("splits numbered, bulleted and ';' cells into one row per indicator", () => {
    // Tujuan OPD 2: B2 holds two numbered indicators. Program 7: D2 two bullets, D3 two parts
    // split at ';', D4 three numbered indicators.
    expect(counts(p)).toEqual([0, 2, 7, 0, 0]);
    expect(lostRows(u, p)).toEqual([]);
  });

  test("pairs stacked units and targets with the indicators when the counts agree", () => {
    expect(rows(p, 2).slice(0, 4)).toEqual([
      "1.1 < 1 | Program Kesehatan Keluarga | Persentase ibu hamil mendapat layanan | % | 2025=80 2026=90",
      "1.2 < 1 | Program Kesehatan Keluarga | Persentase bayi diimunisasi lengkap | % | 2025=85 2026=92",
      "1.3 < 1 | Program Gizi Masyarakat | Persentase balita gizi buruk tertangani | % | 2025=80 2026=85",
      "1.4 < 1 | Program Gizi Masyarakat | Jumlah posyandu aktif | Unit | 2025=120 2026=125",
    ]);
  });

  test("drops stacked targets whose count disagrees (never 60 and 70 read as 6070) and flags a shared one", () => {
    expect(rows(p, 2).slice(4)).toEqual([
      "1.5 < 1 | Program Kesehatan Lingkungan | Persentase desa STBM | % | 2026=65",
      "1.6 < 1 | Program Kesehatan Lingkungan | Persentase TTU memenuhi syarat | % | 2026=65",
      "1.7 < 1 | Program Kesehatan Lingkungan | Jumlah sarana air minum diawasi | % | 2026=65",
    ]);
    expect(notes(p)).toEqual([
      'note.stacked-mismatch F4 {"parts":2,"count":3}',
      'note.values-shared {"row":4,"count":3}',
    ]);
  });

  test("a single indicator next to a stacked target keeps no glued number", () => {
    const sheet = u.workbook.sheets.find((s) => s.name === u.sheet)!;
    const values = [sheet.values[0]!, ["S", "IS", "P", "Persentase X", "%", "60\n70", 75]];
    const q = preview({
      ...u,
      workbook: { sheets: [...u.workbook.sheets.slice(0, -1), { ...sheet, values }] },
    });
    expect(rows(q, 2)).toEqual(["1.1 < 1 | P | Persentase X | % | 2026=75"]);
    expect(notes(q)).toEqual(['note.stacked-mismatch F2 {"parts":2,"count":1}']);
  });

  test("after import the check names the missing targets, not invented ones", () => {
    expect(importAndCheck(u, p).findings).toEqual(
      [
        "POKIN005 Tujuan OPD: 2",
        // The Tujuan OPD statement's other indicator row holds the Programs (POKIN008 refinement).
        "POKIN010 Tujuan OPD: 2",
        "POKIN011 Tujuan OPD: 4",
        "POKIN008 Program: 7",
        // The period becomes 2025–2026: 2025 for the three whose stacked targets disagreed.
        "POKIN011 Program: 3",
        // A "Persentase …" indicator in a unit other than %, and output-worded Program indicators.
        "POKIN027 Program: 1",
        "POKIN028 Program: 2",
      ].sort(),
    );
  });
});
