import type { ImportPreview } from "../../../../src/core/import";
import { counts, importAndCheck, lostRows, preview, roles, rows, skipped } from "./run";
import { templateFile, type TemplateFile } from "../../../fixtures/templates/templateFile";

describe("previewImport(a Renstra whose code is split over five cells under one merged 'Kode')", () => {
  let u: TemplateFile;
  let p: ImportPreview;
  beforeAll(async () => {
    u = await templateFile("renstra-split-code");
    p = preview(u);
  });

  test("reads the five cells as the parts of Kode Nomenklatur, not as five Kode columns", () => {
    expect(p.mapping!.layout).toBe("list");
    expect(roles(p)).toEqual([
      "A: Kode Nomenklatur, part 1 of 5 80%",
      "B: Kode Nomenklatur, part 2 of 5 80%",
      "C: Kode Nomenklatur, part 3 of 5 85%",
      "D: Kode Nomenklatur, part 4 of 5 85%",
      "E: Kode Nomenklatur, part 5 of 5 85%",
      "F: Uraian (per baris) 85%",
      "G: Indikator (per baris) 90%",
      "H: Satuan 95%",
      "I: Baseline 90%",
      "J: Target 2025 90%",
      "K: Target 2026 90%",
    ]);
  });

  test("gives each row its level from the code's depth, with numbers stored as numbers (2.1 is kegiatan 2.10)", () => {
    // Program 1 (3 segments), Kegiatan 2 (2.01 and 2.1 → 2.10), Sub Kegiatan 3; rows 5 and 6
    // are the urusan and bidang headings.
    expect(counts(p)).toEqual([0, 0, 1, 2, 3]);
    expect(p.content.levels.flatMap((l) => l.rows.map((r) => r.kodeNomenklatur))).toEqual([
      "1.06.04",
      "1.06.04.2.01",
      "1.06.04.2.10",
      "1.06.04.2.01.0001",
      "1.06.04.2.01.0002",
      "1.06.04.2.10.0001",
    ]);
    expect(rows(p, 4)).toEqual([
      "1.1.1 < 1.1 | Penyediaan Permakanan | Jumlah orang yang mendapatkan permakanan | Orang | 2025=120 2026=130",
      "1.1.2 < 1.1 | Penyediaan Sandang | Jumlah orang yang mendapatkan sandang | Orang | 2025=90 2026=95",
      "1.2.1 < 1.2 | Penyediaan Permakanan | Jumlah anak yang mendapatkan permakanan | Orang | 2025=45 2026=50",
    ]);
    expect(skipped(p)).toEqual(["5: skip.heading", "6: skip.heading"]);
    expect(lostRows(u, p)).toEqual([]);
  });

  test("after import the check reports the levels above Program and the years the Renstra does not give", () => {
    expect(importAndCheck(u, p).findings).toEqual(
      [
        // A Renstra list has no Tujuan/Sasaran column: the Program waits for its parent.
        "POKIN005 Program: 1",
        // The table carries 2025–2026: the period becomes that, no 2027–2029 target is asked for.
      ].sort(),
    );
  });
});
