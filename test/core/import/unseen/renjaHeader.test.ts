import ExcelJS from "exceljs";
import { applyPlan } from "../../../../src/adapters/xlsx/applyPlan";
import { loadXlsx, workbookToData } from "../../../../src/adapters/xlsx/readWorkbook";
import { sheetMerges } from "../../../../src/adapters/xlsx/sheetMerges";
import { columnLetters } from "../../../../src/core/a1";
import { planImport, previewImport, type ImportPreview } from "../../../../src/core/import";
import { templatePlan } from "../../../../src/core/plans/templatePlan";
import { checkWorkbook } from "../../../../src/core/rules/runChecks";
import { EMPTY_TEMPLATE } from "../../../../src/core/sample";
import { countFindings, counts, lostRows, NOW, roles, rows, skipped } from "./run";
import { templateFile, type TemplateFile } from "../../../fixtures/templates/templateFile";

/** The Renja pasted into a real .xlsx (level sheets as Excel tables), merged as Bappeda sends it. */
async function xlsxWithRenja(): Promise<ExcelJS.Workbook> {
  const u = await templateFile("renja-three-header-rows");
  const wb = new ExcelJS.Workbook();
  applyPlan(wb, templatePlan(EMPTY_TEMPLATE, "id"));
  const ws = wb.addWorksheet(u.sheet);
  const values = u.workbook.sheets.find((s) => s.name === u.sheet)!.values;
  values.forEach((row, r) => {
    if (row.length > 0) ws.getRow(r + 1).values = row as ExcelJS.CellValue[];
  });
  for (const m of u.merges) {
    const from = `${columnLetters(m.col)}${m.row + 1}`;
    ws.mergeCells(`${from}:${columnLetters(m.col + (m.cols ?? 1) - 1)}${m.row + (m.rows ?? 1)}`);
  }
  return loadXlsx(await wb.xlsx.writeBuffer());
}

describe("previewImport(a Renja whose header spans three rows) through the xlsx adapter", () => {
  let wb: ExcelJS.Workbook;
  let p: ImportPreview;
  let u: TemplateFile;
  beforeAll(async () => {
    u = await templateFile("renja-three-header-rows");
    wb = await xlsxWithRenja();
    p = previewImport(workbookToData(wb), u.sheet, { merges: sheetMerges(wb, u.sheet), now: NOW });
  });

  test("finds the three header rows and the numbering row below them", () => {
    expect(p.problem).toBeUndefined();
    const m = p.mapping!;
    expect([m.headerTop, m.headerBottom, m.numberingRow, m.dataStart]).toEqual([3, 5, 6, 7]);
  });

  test("reads K under 'Tahun 2026' as Target 2026, Prakiraan Maju as Target 2027, and skips every Rp", () => {
    expect(roles(p)).toEqual([
      "A: skipped: row numbers 95%",
      "B: Kode Nomenklatur 85%",
      "C: Uraian (per baris) 85%",
      "D: Indikator (per baris) 90%",
      "E: Satuan 95%",
      "F: Target 2026 90%",
      "G: skipped: budget/Rp, not a target 95%",
      "H: Target 2027 90%",
      "I: skipped: budget/Rp, not a target 95%",
      "J: skipped: location 90%",
      "K: skipped: budget/Rp, not a target 90%",
    ]);
    expect(p.mapping!.columns.find((c) => c.col === 5)!.reason.id).toBe(
      "kolom F: 'Target Kinerja dan Kerangka Pendanaan / Tahun 2026 / K' → Target 2026 (judul memuat '2026'; tahun 2026 pada judul)",
    );
  });

  test("reads the same roles when pasted as values, without the merged areas", () => {
    const q = previewImport(u.workbook, u.sheet, { now: NOW });
    expect(roles(q)).toEqual(roles(p));
  });

  test("imports every row at the level its code gives, with no Rupiah read as a target", () => {
    // Program 1 (2.08.02), Kegiatan 2 (…2.01, …2.02), Sub Kegiatan 2 (…0001, …0003).
    expect(counts(p)).toEqual([0, 0, 1, 2, 2]);
    expect(rows(p, 3)).toEqual([
      "1.1 < 1 | Pelembagaan Pengarusutamaan Gender | Jumlah lembaga PUG yang aktif | Lembaga | 2026=10 2027=12",
      "1.2 < 1 | Pencegahan Kekerasan terhadap Perempuan | Jumlah kasus yang dicegah | Kasus | 2026=25 2027=30",
    ]);
    expect(skipped(p)).toEqual([]);
    expect(lostRows({ ...u, workbook: workbookToData(wb) }, p)).toEqual([]);
  });

  test("written into the .xlsx, the level sheets get the rows and the check names what a Renja lacks", () => {
    applyPlan(wb, planImport(workbookToData(wb), p, NOW).plan);
    const after = workbookToData(wb);
    const program = after.sheets.find((s) => s.name === "Program")!;
    expect(program.values[1]?.slice(0, 4)).toEqual([
      "1",
      null,
      "Program Perlindungan Perempuan",
      "Persentase perempuan korban kekerasan yang tertangani",
    ]);
    expect(countFindings(checkWorkbook(after, { lang: "en" }))).toEqual(
      [
        // No Tujuan/Sasaran in a Renja: the Program waits for its parent.
        "POKIN005 Program: 1",
        // A Renja plans one year (and the next): the import sets the period to its 2026–2027, so
        // no target of a year it does not carry is asked for (SPEC §7, POKIN011).
      ].sort(),
    );
  });
});
