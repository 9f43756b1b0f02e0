import { previewImport } from "../../../../src/core/import";
import type { WorkbookData } from "../../../../src/core/sheet";
import { NOW } from "./run";
import { templateFile } from "../../../fixtures/templates/templateFile";

describe("previewImport(sheets that hold no importable table)", () => {
  let wb: WorkbookData;
  beforeAll(async () => {
    wb = (await templateFile("junk-sheets")).workbook;
  });
  const problem = (sheet: string) => previewImport(wb, sheet, { now: NOW }).problem?.en;

  test("a title only: no header found", () => {
    expect(problem("Judul Saja")).toBe(
      "No table header found in the first 15 rows of 'Judul Saja' (e.g. Uraian, Indikator, Satuan, Target).",
    );
  });

  test("data under no recognisable header: no header found, nothing read as one", () => {
    expect(problem("Tanpa Judul")).toBe(
      "No table header found in the first 15 rows of 'Tanpa Judul' (e.g. Uraian, Indikator, Satuan, Target).",
    );
  });

  test("a header without rows: the mapping is shown and the problem says there is nothing below it", () => {
    const p = previewImport(wb, "Judul Kolom Saja", { now: NOW });
    expect(p.problem).toEqual({
      code: "problem.no-data",
      args: { row: 1 },
      id: "Tidak ada baris data di bawah judul tabel (baris 1).",
      en: "There are no data rows below the table header (row 1).",
    });
    expect(p.mapping?.groups.map((g) => g.label)).toEqual(["Sasaran"]);
    expect(p.content.levels.every((l) => l.rows.length === 0)).toBe(true);
  });
});
