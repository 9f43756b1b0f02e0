import type { ImportPreview } from "../../../../src/core/import";
import { counts, importAndCheck, lostRows, preview, roles, rows } from "./run";
import { templateFile, type TemplateFile } from "../../../fixtures/templates/templateFile";

describe("previewImport(a header in English)", () => {
  let u: TemplateFile;
  let p: ImportPreview;
  beforeAll(async () => {
    u = await templateFile("english-cascade");
    p = preview(u);
  });

  test("reads Goal, Objective, Indicator, Unit, Responsible Unit and Remarks as a planner would, less sure", () => {
    expect(roles(p)).toEqual([
      "A: Uraian (Tujuan RPD) 80%",
      "B: Indikator (Tujuan RPD) 80%",
      "C: Uraian (Tujuan OPD) 80%",
      "D: Indikator (Tujuan OPD) 80%",
      "E: Uraian (Program) 85%",
      "F: Indikator (Program) 80%",
      "G: Satuan 95%",
      "H: Baseline 90%",
      "I: Target 2025 90%",
      "J: Target 2026 90%",
      "K: Penanggung Jawab 80%",
      "L: Keterangan 80%",
    ]);
    expect(p.mapping!.columns[1]!.reason).toEqual({
      id: "kolom B: 'Goal Indicator' → Indikator (Tujuan RPD) (judul berbahasa Inggris 'goal indicator' dibaca 'indikator tujuan'; judul memuat 'indikator')",
      en: "column B: 'Goal Indicator' → Indikator (Tujuan RPD) (English header 'goal indicator' read as 'indikator tujuan'; the header says 'indikator')",
    });
  });

  test("imports the cascade: one goal, one objective, two programs", () => {
    expect(counts(p)).toEqual([1, 1, 2, 0, 0]);
    expect(rows(p, 2)).toEqual([
      "1.1.1 < 1.1 | Social Protection Program | Share of poor households receiving aid | % | 2025=45 2026=50",
      "1.1.2 < 1.1 | Disaster Relief Program | Share of disaster victims assisted | % | 2025=95 2026=100",
    ]);
    expect(lostRows(u, p)).toEqual([]);
    expect(importAndCheck(u, p).findings).toEqual(
      [
        "POKIN010 Tujuan RPD: 1",
        "POKIN010 Tujuan OPD: 1",
        "POKIN011 Tujuan RPD: 2",
        "POKIN011 Tujuan OPD: 2",
        "POKIN008 Program: 2",
      ].sort(),
    );
  });

  test("names the columns it could not place when no statement column is recognised, and takes --map to fix it", async () => {
    const v = await templateFile("english-unplaced");
    const q = preview(v);
    expect(q.problem).toEqual({
      code: "problem.no-level",
      args: { columns: "A 'Outcome', B 'Output'" },
      id: "Tidak ada kolom yang dapat ditempatkan pada level (Tujuan, Sasaran, Program, Kegiatan, Sub Kegiatan atau Uraian). Kolom yang tidak dikenali: A 'Outcome', B 'Output'. Tetapkan perannya, mis. A=Uraian Tujuan RPD, B=Indikator Tujuan RPD.",
      en: "No column could be placed on a level (Tujuan, Sasaran, Program, Kegiatan, Sub Kegiatan or Uraian). Columns not recognised: A 'Outcome', B 'Output'. Set their roles, e.g. A=Uraian Tujuan RPD, B=Indikator Tujuan RPD.",
    });
    const fixed = preview(v, "B=Uraian Kegiatan");
    expect(fixed.problem).toBeUndefined();
    expect(rows(fixed, 3)).toEqual(["1 <  | Trained staff | Share of staff trained | % | 2026=80"]);
  });

  test("keeps each column in its own group when the planner names groups right to left", async () => {
    const q = preview(await templateFile("english-unplaced"), "B=Uraian Program,A=Uraian Tujuan OPD");
    expect(q.mapping!.columns.map((c) => [c.col, c.group])).toEqual([
      [0, 0],
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 1],
    ]);
    expect([rows(q, 1), rows(q, 2)]).toEqual([
      ["1 <  | Better services |  |  | "],
      ["1.1 < 1 | Trained staff | Share of staff trained | % | 2026=80"],
    ]);
  });
});
