import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook, HEADER, setCell } from "../../helpers/workbook";

const check = (wb: WorkbookData) => checkWorkbook(wb, { rules: ["POKIN003"] });

describe("POKIN003 row with content but no Kode", () => {
  test("POKIN003 gives nothing on the clean workbook", () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN003 fires at the Kode cell of a row that has content but no Kode", () => {
    const wb = cleanWorkbook((levels) => {
      levels[2]!.push({ kode: "", induk: "1.1", indikator: "Jumlah lembaga" });
    });
    expect(check(wb)).toEqual([
      {
        rule: "POKIN003",
        severity: "error",
        sheet: "Program",
        cell: "A3",
        message: expect.stringContaining("3"),
      },
    ]);
  });

  test("POKIN003 fires for a Kode of only spaces and invisible characters", () => {
    const wb = setCell(cleanWorkbook(), "Kegiatan", 1, 0, " \u00A0\u200B ");
    expect(check(wb).map((f) => [f.rule, f.sheet, f.cell])).toEqual([["POKIN003", "Kegiatan", "A2"]]);
  });

  test("POKIN003 does not fire for blank rows between indicators", () => {
    let wb = setCell(cleanWorkbook(), "Sub Kegiatan", 5, HEADER.length - 1, "  ");
    wb = setCell(wb, "Sub Kegiatan", 4, 2, null);
    expect(check(wb)).toEqual([]);
  });
});
