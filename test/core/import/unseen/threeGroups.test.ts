import type { ImportPreview } from "../../../../src/core/import";
import { counts, importAndCheck, lostRows, preview, rows, sheetRows } from "./run";
import { templateFile, type TemplateFile } from "../../../fixtures/templates/templateFile";

describe("previewImport(a Tujuan / Sasaran / Program matrix into a workbook that has its Kegiatan)", () => {
  let u: TemplateFile;
  let p: ImportPreview;
  beforeAll(async () => {
    u = await templateFile("three-groups");
    p = preview(u);
  });

  test("maps the three groups to Tujuan RPD, Tujuan OPD and Program and leaves Kegiatan and Sub Kegiatan alone", () => {
    expect(p.mapping!.groups.map((g) => [g.label, g.level, g.confidence])).toEqual([
      ["Tujuan", 0, 0.75],
      ["Sasaran", 1, 0.75],
      ["Program", 2, 0.95],
    ]);
    // One Tujuan, one Sasaran (row 3 repeats both: merged cells), two Programs.
    expect(counts(p)).toEqual([1, 1, 2, 0, 0]);
    expect(lostRows(u, p)).toEqual([]);
  });

  test("keeps the Kode of the Program the workbook already has, and never takes another Program's Kode", () => {
    // Program Rehabilitasi Sosial is the workbook's Program '2' (same Uraian and Indikator, no
    // Kode Induk yet): it keeps '2', so Kegiatan '2.1' stays its child. The new Program's
    // position Kode 1.1.1 is Program Pemberdayaan Sosial's: every new Kode gets the prefix I.
    expect(rows(p, 2)).toEqual([
      "I1.1.1 < I1.1 | Program Perlindungan dan Jaminan Sosial | Persentase korban bencana yang terpenuhi kebutuhan dasarnya | % | 2025=50 2026=60 2027=70",
      "2 < I1.1 | Program Rehabilitasi Sosial | Persentase disabilitas terlantar terpenuhi kebutuhan dasarnya | % | 2025=10 2026=20 2027=30",
    ]);
    expect(p.content.notes.map((n) => [n.code, n.args])).toEqual([
      ["note.kodes-kept", { count: 1 }],
      ["note.kodes-prefixed", undefined],
    ]);
  });

  test("after import Program 2 hangs under the new Sasaran, its Kegiatan are untouched, and the check names only what is missing", () => {
    const { data, findings } = importAndCheck(u, p);
    expect(sheetRows(data, "Program")).toEqual([
      "2 | I1.1 | Program Rehabilitasi Sosial",
      "1.1.1 |  | Program Pemberdayaan Sosial",
      "I1.1.1 | I1.1 | Program Perlindungan dan Jaminan Sosial",
    ]);
    expect(sheetRows(data, "Kegiatan")).toEqual([
      "2.1 | 2 | Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar",
      "1.1.1.1 | 1.1.1 | Pemberdayaan Sosial Komunitas Adat Terpencil",
    ]);
    // Every sheet that changes is backed up first; Kegiatan and Sub Kegiatan do not change.
    expect(data.sheets.filter((s) => s.name.startsWith("Cadangan")).map((s) => s.name)).toEqual([
      "Cadangan Tujuan R 20250601-0930",
      "Cadangan Tujuan O 20250601-0930",
      "Cadangan Program 20250601-0930",
    ]);
    expect(findings).toEqual(
      [
        // The matrix gives its Tujuan and Sasaran indicators no unit and no target (2025–2027).
        "POKIN010 Tujuan RPD: 1",
        "POKIN011 Tujuan RPD: 3",
        "POKIN010 Tujuan OPD: 1",
        "POKIN011 Tujuan OPD: 3",
        // Program Pemberdayaan Sosial is not in the matrix: it still waits for its Sasaran.
        "POKIN005 Program: 1",
        // The new Program has no Kegiatan in the workbook yet.
        "POKIN008 Program: 1",
      ].sort(),
    );
  });
});
