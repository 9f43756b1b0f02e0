import type { ImportPreview } from "../../../../src/core/import";
import { counts, importAndCheck, lostRows, notes, preview, roles, rows } from "./run";
import { templateFile, type TemplateFile } from "../../../fixtures/templates/templateFile";

describe("previewImport(an RPJMD matrix with Visi and Misi above the workbook's levels)", () => {
  let u: TemplateFile;
  let p: ImportPreview;
  beforeAll(async () => {
    u = await templateFile("rpjmd-matrix");
    p = preview(u);
  });

  test("places Visi and Misi nowhere and still maps Tujuan and Sasaran nearest first", () => {
    expect(p.problem).toBeUndefined();
    expect(p.mapping!.groups.map((g) => [g.label, g.level, g.reason.en])).toEqual([
      ["Visi", undefined, "column A: 'Visi' is not imported: Visi/Misi is not a level of the tree"],
      ["Misi", undefined, "column B: 'Misi' is not imported: Visi/Misi is not a level of the tree"],
      [
        "Tujuan",
        0,
        "column C: 'Tujuan' → level Tujuan RPD (groups above Program fill the levels above, nearest first)",
      ],
      [
        "Sasaran",
        1,
        "column E: 'Sasaran' → level Tujuan OPD (groups above Program fill the levels above, nearest first)",
      ],
      ["Program", 2, "column G: 'Program' → level Program (its name)"],
    ]);
  });

  test("reads Kondisi Awal as Baseline, Target Tahun 1..5 from Tahun Awal, and Kondisi Akhir as a fallback for Tahun 5", () => {
    expect(roles(p)).toEqual([
      "A: Uraian 85%",
      "B: Uraian 85%",
      "C: Uraian (Tujuan RPD) 85%",
      "D: Indikator (Tujuan RPD) 90%",
      "E: Uraian (Tujuan OPD) 85%",
      "F: Indikator (Tujuan OPD) 90%",
      "G: Uraian (Program) 85%",
      "H: Indikator (Program) 90%",
      "I: Satuan 95%",
      "J: Baseline 90%",
      "K: Target 2025 85%",
      "L: Target 2026 85%",
      "M: Target 2027 85%",
      "N: Target 2028 85%",
      "O: Target 2029 85%",
      "P: Target 2029 50%",
      "Q: Penanggung Jawab 85%",
    ]);
    // Kondisi Akhir is the end-of-period target, the year Target Tahun 5 already gives: saying
    // so beats silently reading two values into one cell.
    expect(p.mapping!.columns.find((c) => c.col === 15)!.reason.en).toBe(
      "column P: 'Kondisi Akhir' → Target 2029 (the header says 'akhir'; end of the period → Tahun Akhir 2029); column O is Target 2029 too: this column is used only where O is empty",
    );
  });

  test("imports 2 Tujuan, 3 Sasaran and 4 Programs with baseline, five targets and Penanggung Jawab", () => {
    // Tujuan RPD 2: C5 and C8 (C6, C7 are 'same as above'). Tujuan OPD 3: E5, E7, E8.
    // Program 4: one per data row. Misi changes on row 8 without a level to go to.
    expect(counts(p)).toEqual([2, 3, 4, 0, 0]);
    expect(rows(p, 2)).toEqual([
      "1.1.1 < 1.1 | Program Pemenuhan Upaya Kesehatan Perorangan | Persentase fasilitas kesehatan terakreditasi | % | 2025=65 2026=70 2027=75 2028=80 2029=85",
      "1.1.2 < 1.1 | Program Peningkatan Kapasitas SDM Kesehatan | Rasio tenaga kesehatan per 1.000 penduduk | rasio | 2025=1.3 2026=1.4 2027=1.5 2028=1.6 2029=1.7",
      "1.2.1 < 1.2 | Program Perlindungan dan Jaminan Sosial | Persentase KPM yang menerima bantuan sosial | % | 2025=72 2026=74 2027=76 2028=78 2029=80",
      "2.1.1 < 2.1 | Program Pelayanan Penanaman Modal | Persentase perizinan selesai tepat waktu | % | 2025=92 2026=94 2027=96 2028=98 2029=100",
    ]);
    expect(p.content.levels[2]!.rows.map((r) => [r.baseline, r.penanggungJawab])).toEqual([
      [60, "Dinas Kesehatan"],
      [1.2, "Dinas Kesehatan"],
      [70, "Dinas Sosial"],
      [90, "DPMPTSP"],
    ]);
    expect(notes(p)).toEqual([]);
    expect(lostRows(u, p)).toEqual([]);
  });

  test("after import the check reports only what the matrix lacks: units and targets of Tujuan and Sasaran, and Kegiatan", () => {
    expect(importAndCheck(u, p).findings).toEqual(
      [
        // The matrix gives Tujuan and Sasaran indicators no unit and no target.
        "POKIN010 Tujuan RPD: 2",
        "POKIN011 Tujuan RPD: 10",
        "POKIN010 Tujuan OPD: 3",
        "POKIN011 Tujuan OPD: 15",
        // An RPJMD stops at Program: nothing carries them out yet.
        "POKIN008 Program: 4",
      ].sort(),
    );
  });

  test("a Kondisi Akhir that differs from Target Tahun 5 is noted, and Tahun 5 is kept", () => {
    const sheet = u.workbook.sheets.find((s) => s.name === u.sheet)!;
    const values = sheet.values.map((r) => [...r]);
    values[4]![15] = 90;
    const q = preview({
      ...u,
      workbook: { sheets: [...u.workbook.sheets.slice(0, -1), { ...sheet, values }] },
    });
    expect(q.content.levels[2]!.rows[0]!.targets?.[2029]).toBe(85);
    expect(notes(q)).toEqual(['note.same-year-target P5 {"year":2029,"kept":85}']);
  });
});
