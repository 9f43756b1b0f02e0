import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook, col, setCell } from "../../helpers/workbook";

const check = (wb: WorkbookData) => checkWorkbook(wb, { rules: ["POKIN005"] });

describe("POKIN005 empty Kode Induk below level 1", () => {
  test("POKIN005 gives nothing on the clean workbook, whose level 1 has no Kode Induk", () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN005 fires at the Kode Induk cell when Kode Induk is empty below level 1", () => {
    const wb = setCell(cleanWorkbook(), "Sub Kegiatan", 2, col("Kode Induk"), "");
    expect(check(wb)).toEqual([
      {
        rule: "POKIN005",
        severity: "error",
        sheet: "Sub Kegiatan",
        cell: "B3",
        kode: "1.1.1.1.2",
        message: expect.stringContaining("[1.1.1.1.2]"),
      },
    ]);
  });

  test("POKIN005 fires when Kode Induk holds only spaces", () => {
    const wb = setCell(cleanWorkbook(), "Tujuan OPD", 1, col("Kode Induk"), " \u00A0 ");
    expect(check(wb).map((f) => [f.rule, f.sheet, f.cell, f.kode])).toEqual([
      ["POKIN005", "Tujuan OPD", "B2", "1.1"],
    ]);
  });

  test("POKIN005 does not fire on a level without a Kode Induk column (POKIN002 reports that)", () => {
    let wb = setCell(cleanWorkbook(), "Program", 0, col("Kode Induk"), "Induk?");
    wb = setCell(wb, "Program", 1, col("Kode Induk"), "");
    expect(check(wb)).toEqual([]);
  });

  test("POKIN005 does not fire for a row without Kode (POKIN003 reports that)", () => {
    const wb = cleanWorkbook((levels) => {
      levels[3]!.push({ kode: "", induk: "" });
    });
    expect(check(wb)).toEqual([]);
  });
});
