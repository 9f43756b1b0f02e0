import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook } from "../../helpers/workbook";

const check = (wb: WorkbookData) => checkWorkbook(wb, { rules: ["POKIN001"] });

function without(wb: WorkbookData, name: string): WorkbookData {
  return { sheets: wb.sheets.filter((s) => s.name !== name) };
}

describe("POKIN001 missing level sheet", () => {
  test("POKIN001 gives nothing on the clean workbook", () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN001 fires at A1 of a level sheet that is missing", () => {
    expect(check(without(cleanWorkbook(), "Kegiatan"))).toEqual([
      {
        rule: "POKIN001",
        severity: "error",
        sheet: "Kegiatan",
        cell: "A1",
        message: expect.stringContaining("Kegiatan"),
      },
    ]);
  });

  test("POKIN001 reports every missing level, top to bottom", () => {
    const found = check({ sheets: [] });
    expect(found.map((f) => [f.sheet, f.cell])).toEqual([
      ["Tujuan RPD", "A1"],
      ["Tujuan OPD", "A1"],
      ["Program", "A1"],
      ["Kegiatan", "A1"],
      ["Sub Kegiatan", "A1"],
    ]);
  });

  test("POKIN001 does not fire when the sheet name differs only in case and spaces", () => {
    const wb = cleanWorkbook();
    const messy = {
      sheets: wb.sheets.map((s) => (s.name === "Sub Kegiatan" ? { ...s, name: "  SUB\u00A0 kegiatan " } : s)),
    };
    expect(check(messy)).toEqual([]);
  });
});
