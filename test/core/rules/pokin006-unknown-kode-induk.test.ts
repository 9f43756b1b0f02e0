import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook, col, setCell } from "../../helpers/workbook";

const check = (wb: WorkbookData) => checkWorkbook(wb, { rules: ["POKIN006"] });

describe("POKIN006 Kode Induk names no existing Kode", () => {
  test("POKIN006 gives nothing on the clean workbook", () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN006 fires at the Kode Induk cell when the parent Kode does not exist", () => {
    const wb = setCell(cleanWorkbook(), "Kegiatan", 1, col("Kode Induk"), "9.9");
    expect(check(wb)).toEqual([
      {
        rule: "POKIN006",
        severity: "error",
        sheet: "Kegiatan",
        cell: "B2",
        kode: "1.1.1.1",
        message: expect.stringContaining("'9.9'"),
      },
    ]);
  });

  test("POKIN006 does not fire when the parent Kode matches after trimming spaces", () => {
    const wb = setCell(cleanWorkbook(), "Kegiatan", 1, col("Kode Induk"), " 1.1.1\u00A0");
    expect(check(wb)).toEqual([]);
  });

  test("POKIN006 does not fire for an existing Kode on the wrong level (POKIN007 reports that)", () => {
    const wb = setCell(cleanWorkbook(), "Kegiatan", 1, col("Kode Induk"), "1");
    expect(check(wb)).toEqual([]);
  });

  test("POKIN006 does not fire on level 1, whose Kode Induk may point outside the workbook", () => {
    const wb = setCell(cleanWorkbook(), "Tujuan RPD", 1, col("Kode Induk"), "Misi 2");
    expect(check(wb)).toEqual([]);
  });
});
