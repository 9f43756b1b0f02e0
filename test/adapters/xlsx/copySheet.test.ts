import ExcelJS from "exceljs";
import { applyPlan } from "../../../src/adapters/xlsx/applyPlan";
import { tableNames } from "../../../src/adapters/xlsx/applyTable";

/** Writes the workbook to .xlsx bytes and loads them again, as a user opening the file would. */
async function saved(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await wb.xlsx.writeBuffer()) as Parameters<ExcelJS.Xlsx["load"]>[0]);
  return again;
}

/** A level sheet as a planner keeps it: a formula, styles, a merge, widths, a drop-down, a table. */
function levelWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Program");
  ws.addTable({
    name: "tbl_Program",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "Kode" }, { name: "Uraian" }, { name: "Target 2025" }, { name: "Dua kali" }],
    rows: [
      ["1", "Program A", 10, { formula: "C2*2", result: 20 }],
      ["2", "Program B", 5, { formula: "C3*2", result: 10 }],
    ],
  });
  ws.getCell("B2").font = { bold: true, color: { argb: "FFC00000" } };
  ws.getCell("C2").numFmt = "0.00";
  ws.getColumn(2).width = 42;
  ws.mergeCells("A6:D6");
  ws.getCell("A6").value = "Catatan";
  ws.getCell("E2").dataValidation = { type: "list", allowBlank: true, formulae: ['"Positif,Negatif"'] };
  return wb;
}

describe("applyPlan with copyOf (the import's backups)", () => {
  test("copies the whole sheet, formulas, styles, merges, widths and drop-downs, and it survives a saved file", async () => {
    const wb = await saved(levelWorkbook());
    const warnings = applyPlan(wb, {
      sheets: [{ name: "Cadangan Program 20250102-0304", mode: "create", copyOf: "program" }],
    });
    expect(warnings).toEqual([]);
    // The original is changed afterwards: the backup must not follow.
    wb.getWorksheet("Program")!.getCell("B2").value = "diubah";
    wb.getWorksheet("Program")!.getCell("B2").font = { italic: true };
    const back = await saved(wb);
    expect(back.worksheets.map((w) => w.name)).toEqual(["Program", "Cadangan Program 20250102-0304"]);
    const copy = back.getWorksheet("Cadangan Program 20250102-0304")!;
    expect([copy.getCell("A2").value, copy.getCell("B2").value, copy.getCell("D2").value]).toEqual([
      "1",
      "Program A",
      { formula: "C2*2", result: 20 },
    ]);
    expect(copy.getCell("B2").font).toEqual({ bold: true, color: { argb: "FFC00000" } });
    expect(copy.getCell("C2").numFmt).toBe("0.00");
    expect(copy.getColumn(2).width).toBe(42);
    expect((copy.model as unknown as { merges: string[] }).merges).toEqual(["A6:D6"]);
    expect(copy.getCell("E2").dataValidation).toEqual({
      type: "list",
      allowBlank: true,
      formulae: ['"Positif,Negatif"'],
    });
    // Table names are unique in a workbook: the copy's table is renamed.
    expect([tableNames(back.getWorksheet("Program")!), tableNames(copy)]).toEqual([
      ["tbl_Program"],
      ["tbl_Program_2"],
    ]);
    expect(back.getWorksheet("Program")!.getCell("B2").value).toBe("diubah");
  });

  test("a copy of a sheet that is not there is an empty sheet and a warning", () => {
    const wb = new ExcelJS.Workbook();
    const warnings = applyPlan(wb, { sheets: [{ name: "Cadangan X", mode: "create", copyOf: "X" }] });
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Cadangan X"]);
    expect(warnings.map((w) => w.message.en)).toEqual([
      "There is no sheet 'X'; 'Cadangan X' was created empty.",
    ]);
  });

  test("create with copyOf leaves an existing sheet of that name alone", () => {
    const wb = levelWorkbook();
    wb.addWorksheet("Cadangan").getCell("A1").value = "lama";
    applyPlan(wb, { sheets: [{ name: "Cadangan", mode: "create", copyOf: "Program" }] });
    expect(wb.getWorksheet("Cadangan")!.getCell("A1").value).toBe("lama");
  });
});
