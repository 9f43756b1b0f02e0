import type { ImportPreview } from "../../../../src/core/import";
import { counts, importAndCheck, lostRows, notes, preview, rows, skipped } from "./run";
import { templateFile, type TemplateFile } from "../../../fixtures/templates/templateFile";

describe("previewImport(a cascading matrix whose merged cells pasted as blanks)", () => {
  let u: TemplateFile;
  let p: ImportPreview;
  beforeAll(async () => {
    u = await templateFile("cascading-blank-merges");
    p = preview(u);
  });

  test("reads blanks as 'same as above', a new Tujuan mid-sheet as a new branch, and loses no row", () => {
    // Tujuan RPD 3: A3, A8, A10. Tujuan OPD 4: C3 with two indicators (D3, D4 — the second on
    // its own row under a blank Sasaran), C5, C8. Program 8: E3–E9 (row 7 is a second indicator
    // of E6's Program) and E10.
    expect(counts(p)).toEqual([3, 4, 8, 0, 0]);
    expect(skipped(p)).toEqual([]);
    expect(lostRows(u, p)).toEqual([]);
  });

  test("hangs a Program under a blank Sasaran from the Sasaran above, and keeps an indicator that starts with 'Jumlah'", () => {
    expect(rows(p, 2)).toEqual([
      "1.1.1 < 1.1 | Program Rehabilitasi Sosial | Persentase PPKS terehabilitasi | % | 2025=70",
      "1.2.1 < 1.2 | Program Pemberdayaan Sosial | Persentase PSKS aktif | % | 2025=60",
      "1.3.1 < 1.3 | Program Perlindungan dan Jaminan Sosial | Persentase korban bencana terpenuhi kebutuhan dasarnya | % | 2025=100",
      "1.3.2 < 1.3 | Program Penanganan Bencana | Persentase korban bencana sosial tertangani | % | 2025=100",
      "1.3.3 < 1.3 | Program Penanganan Bencana | Jumlah lokasi bencana yang ditangani | Lokasi | 2025=12",
      "2.1.1 < 2.1 | Program Perlindungan Perempuan | Persentase perempuan korban kekerasan tertangani | % | 2025=95",
      "2.1.2 < 2.1 | Program Perlindungan Khusus Anak | Persentase anak korban kekerasan tertangani | % | 2025=95",
      "4 <  | Program Pengelolaan Data Gender | Persentase data gender tersedia | % | 2025=100",
    ]);
  });

  test("does not hang a Program from a Tujuan when the new Tujuan's Sasaran is empty, and says so", () => {
    expect(notes(p)).toEqual(["note.no-parent C10"]);
    expect(importAndCheck(u, p).findings).toEqual(
      [
        // Tujuan and Sasaran indicators have no unit in this matrix.
        "POKIN010 Tujuan RPD: 3",
        // The third Tujuan has no Sasaran in the template …
        "POKIN008 Tujuan RPD: 1",
        "POKIN010 Tujuan OPD: 4",
        "POKIN011 Tujuan RPD: 3",
        // "Jumlah …" indicators above Kegiatan are outputs where outcomes belong (POKIN028).
        "POKIN028 Program: 1",
        "POKIN028 Tujuan OPD: 1",
        "POKIN011 Tujuan OPD: 4",
        // … so its Program waits for one; no Program has Kegiatan yet.
        "POKIN005 Program: 1",
        "POKIN008 Program: 8",
        // The matrix gives 2025 only, the period becomes 2025: every Program has its target.
      ].sort(),
    );
  });
});
