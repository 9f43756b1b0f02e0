import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook, col, setCell } from "../../helpers/workbook";

const check = (wb: WorkbookData) => checkWorkbook(wb, { rules: ["POKIN009"] });

describe("POKIN009 empty Indikator", () => {
  test("POKIN009 gives nothing on the clean workbook", () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN009 fires at the Indikator cell when it is empty", () => {
    const wb = setCell(cleanWorkbook(), "Program", 1, col("Indikator"), "");
    expect(check(wb)).toEqual([
      {
        rule: "POKIN009",
        severity: "error",
        sheet: "Program",
        cell: "D2",
        kode: "1.1.1",
        message: expect.stringContaining("[1.1.1]"),
      },
    ]);
  });

  test("POKIN009 fires when Indikator holds only spaces", () => {
    const wb = setCell(cleanWorkbook(), "Sub Kegiatan", 2, col("Indikator"), "\u00A0 ");
    expect(check(wb).map((f) => [f.sheet, f.cell, f.kode])).toEqual([["Sub Kegiatan", "D3", "1.1.1.1.2"]]);
  });

  test("POKIN009 does not fire for a row without Kode (POKIN003 reports that)", () => {
    const wb = cleanWorkbook((levels) => {
      levels[2]!.push({ kode: "", induk: "1.1", indikator: "" });
    });
    expect(check(wb)).toEqual([]);
  });

  test("POKIN009 does not fire when the sheet has no Indikator column (POKIN002 reports that)", () => {
    let wb = setCell(cleanWorkbook(), "Program", 0, col("Indikator"), "Indikator Kinerja Program");
    wb = setCell(wb, "Program", 1, col("Indikator"), "");
    expect(check(wb)).toEqual([]);
  });
});
