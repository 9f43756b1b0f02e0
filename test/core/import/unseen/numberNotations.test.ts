import type { ImportPreview } from "../../../../src/core/import";
import { counts, importAndCheck, lostRows, notes, preview } from "./run";
import { templateFile, type TemplateFile } from "../../../fixtures/templates/templateFile";

describe("previewImport(numbers in English and Indonesian notation, percent text, units in cells)", () => {
  let u: TemplateFile;
  let p: ImportPreview;
  beforeAll(async () => {
    u = await templateFile("number-notations");
    p = preview(u);
  });
  const program = () => p.content.levels[2]!.rows;

  test("reads every notation to the number a planner means", () => {
    expect(counts(p)).toEqual([0, 0, 5, 0, 0]);
    expect(program().map((r) => [r.indikator, r.satuan, r.baseline, r.targets ?? {}])).toEqual([
      // 1,234.5 (en) and 1.234,5 (id) are the same number; 2.500 is id-ID for 2500.
      ["Jumlah anggaran yang dikelola", "juta rupiah", 1234.5, { 2025: 1234.5, 2026: 2500, 2027: 3000.75 }],
      // 75,5% as text; 0.8 formatted 0% is 80; '-' is no value.
      ["Persentase capaian SPM", "%", 75.5, { 2025: 80, 2026: 82.5 }],
      // n/a is no value; '12 Bulan' is 12 in the row's unit.
      ["Lama layanan administrasi", "Bulan", undefined, { 2025: 12, 2026: 11, 2027: 10 }],
      // SAKIP grades are no numbers: not imported, each with a note.
      ["Nilai SAKIP", "", undefined, {}],
      // Fractions without a % format stay as typed, flagged (0.9% or 90%? only the planner knows).
      ["Persentase dokumen tepat waktu", "%", 0.9, { 2025: 0.95, 2026: 0.96, 2027: 1 }],
    ]);
    expect(lostRows(u, p)).toEqual([]);
  });

  test("notes every value it did not import or could not be sure of", () => {
    expect(notes(p)).toEqual([
      'note.not-a-number E5 {"value":"B"}',
      'note.not-a-number F5 {"value":"BB"}',
      'note.not-a-number G5 {"value":"A"}',
      'note.fraction-under-percent D6 {"value":0.9}',
      'note.fraction-under-percent E6 {"value":0.95}',
      'note.fraction-under-percent F6 {"value":0.96}',
    ]);
  });

  test("after import the check reports the empty targets and the grade row's missing unit, not the notations", () => {
    expect(importAndCheck(u, p).findings).toEqual(
      [
        "POKIN005 Program: 5",
        "POKIN008 Program: 5",
        "POKIN010 Program: 1",
        // The period becomes 2025–2027: 2027 for the '-' row; 2025–2027 for the grade row.
        "POKIN011 Program: 4",
        // 'Lama layanan' falls year on year, but in days: POKIN016 looks at state indicators only
        // (SPEC §7 refinement). A "Jumlah …" Program indicator is an output (POKIN028).
        "POKIN028 Program: 1",
      ].sort(),
    );
  });
});
