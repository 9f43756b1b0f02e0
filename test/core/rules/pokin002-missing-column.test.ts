import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook, col, HEADER, setCell } from "../../helpers/workbook";

const check = (wb: WorkbookData) => checkWorkbook(wb, { rules: ["POKIN002"] });

describe("POKIN002 missing required column", () => {
  test("the standard header has 16 columns, so the first free header cell is Q1", () => {
    expect(HEADER.length).toBe(16);
  });

  test("POKIN002 gives nothing on the clean workbook", () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN002 fires at the first free header cell when Satuan is missing", () => {
    const wb = setCell(cleanWorkbook(), "Program", 0, col("Satuan"), "Unit");
    expect(check(wb)).toEqual([
      {
        rule: "POKIN002",
        severity: "error",
        sheet: "Program",
        cell: "Q1",
        message: expect.stringContaining("Satuan"),
      },
    ]);
  });

  test("POKIN002 fires for a Target column of the period that is missing", () => {
    const wb = setCell(cleanWorkbook(), "Kegiatan", 0, col("Target 2026"), "Catatan");
    const found = check(wb);
    expect(found.map((f) => [f.rule, f.sheet, f.cell])).toEqual([["POKIN002", "Kegiatan", "Q1"]]);
    expect(found[0]!.message).toContain("Target 2026");
  });

  test("POKIN002 does not fire for a header written in other case with extra spaces", () => {
    const wb = setCell(cleanWorkbook(), "Program", 0, col("Satuan"), "  SATUAN\u00A0");
    expect(check(wb)).toEqual([]);
  });

  test("POKIN002 does not ask for Kode Induk on level 1 but does below it", () => {
    let wb = setCell(cleanWorkbook(), "Tujuan RPD", 0, col("Kode Induk"), "Lain");
    expect(check(wb)).toEqual([]);
    wb = setCell(wb, "Tujuan OPD", 0, col("Kode Induk"), "Lain");
    expect(check(wb).map((f) => [f.sheet, f.cell])).toEqual([["Tujuan OPD", "Q1"]]);
  });
});
