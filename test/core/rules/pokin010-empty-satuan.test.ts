import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook, col, setCell } from "../../helpers/workbook";

const check = (wb: WorkbookData) => checkWorkbook(wb, { rules: ["POKIN010"] });

describe("POKIN010 empty Satuan", () => {
  test("POKIN010 gives nothing on the clean workbook", () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN010 fires at the Satuan cell when it is empty", () => {
    const wb = cleanWorkbook((levels) => {
      levels[4]![1]!.satuan = "";
    });
    expect(check(wb)).toEqual([
      {
        rule: "POKIN010",
        severity: "error",
        sheet: "Sub Kegiatan",
        cell: "E3",
        kode: "1.1.1.1.2",
        message: expect.stringContaining("[1.1.1.1.2] Satuan"),
      },
    ]);
  });

  test("POKIN010 does not fire for a row without Kode (POKIN003 reports that)", () => {
    const wb = cleanWorkbook((levels) => {
      levels[4]!.push({ kode: "", induk: "1.1.1.1", satuan: "" });
    });
    expect(check(wb)).toEqual([]);
  });

  test("POKIN010 does not fire per row when the sheet has no Satuan column (POKIN002 reports that)", () => {
    let wb = setCell(cleanWorkbook(), "Kegiatan", 0, col("Satuan"), "Unit");
    wb = setCell(wb, "Kegiatan", 1, col("Satuan"), "");
    expect(check(wb)).toEqual([]);
  });
});
