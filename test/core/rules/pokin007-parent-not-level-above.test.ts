import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook, col, setCell } from "../../helpers/workbook";

const check = (wb: WorkbookData, lang: "id" | "en" = "id") =>
  checkWorkbook(wb, { rules: ["POKIN007"], lang });

describe("POKIN007 Kode Induk not on the level directly above", () => {
  test("POKIN007 gives nothing on the clean workbook", () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN007 fires at the Kode Induk cell when the parent is two levels up and names its level", () => {
    const wb = setCell(cleanWorkbook(), "Kegiatan", 1, col("Kode Induk"), "1.1");
    expect(check(wb)).toEqual([
      {
        rule: "POKIN007",
        severity: "error",
        sheet: "Kegiatan",
        cell: "B2",
        kode: "1.1.1.1",
        message: expect.stringContaining("'Tujuan OPD' (level 2)"),
      },
    ]);
    expect(check(wb, "en")[0]!.message).toContain("'Tujuan OPD' (level 2)");
  });

  test("POKIN007 fires when the parent is on the same level or below", () => {
    let wb = setCell(cleanWorkbook(), "Sub Kegiatan", 2, col("Kode Induk"), "1.1.1.1.1");
    wb = setCell(wb, "Tujuan OPD", 1, col("Kode Induk"), "1.1.1");
    expect(check(wb).map((f) => [f.sheet, f.cell, f.kode])).toEqual([
      ["Tujuan OPD", "B2", "1.1"],
      ["Sub Kegiatan", "B3", "1.1.1.1.2"],
    ]);
  });

  test("POKIN007 fires when Kode Induk names the indicator itself", () => {
    const wb = setCell(cleanWorkbook(), "Program", 1, col("Kode Induk"), "1.1.1");
    const found = check(wb);
    expect(found.map((f) => [f.rule, f.sheet, f.cell, f.kode])).toEqual([
      ["POKIN007", "Program", "B2", "1.1.1"],
    ]);
    expect(found[0]!.message).toContain("sendiri");
  });

  test("POKIN007 does not fire for an unknown or empty Kode Induk (POKIN006 and POKIN005 report those)", () => {
    let wb = setCell(cleanWorkbook(), "Program", 1, col("Kode Induk"), "7.7");
    wb = setCell(wb, "Kegiatan", 1, col("Kode Induk"), "");
    expect(check(wb)).toEqual([]);
  });
});
