import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook, col, setCell, settingsSheet, withSheet } from "../../helpers/workbook";

const check = (wb: WorkbookData) => checkWorkbook(wb, { rules: ["POKIN011"] });

describe("POKIN011 missing target of the period", () => {
  test("POKIN011 gives nothing on the clean workbook", () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN011 fires at the empty Target cell of a year of the period", () => {
    const wb = setCell(cleanWorkbook(), "Kegiatan", 1, col("Target 2026"), "");
    expect(check(wb)).toEqual([
      {
        rule: "POKIN011",
        severity: "error",
        sheet: "Kegiatan",
        cell: "K2",
        kode: "1.1.1.1",
        message: expect.stringContaining("Target 2026"),
      },
    ]);
  });

  test("POKIN011 gives one finding per missing cell, and '-' and 'n/a' count as missing", () => {
    const wb = cleanWorkbook((levels) => {
      levels[4]![0]!.targets = { 2025: "-", 2026: "n/a" };
    });
    expect(check(wb).map((f) => [f.sheet, f.cell, f.kode])).toEqual([
      ["Sub Kegiatan", "J2", "1.1.1.1.1"],
      ["Sub Kegiatan", "K2", "1.1.1.1.1"],
      ["Sub Kegiatan", "L2", "1.1.1.1.1"],
    ]);
  });

  test("POKIN011 does not fire for error values or unreadable text (POKIN023 and POKIN012 report those)", () => {
    let wb = setCell(cleanWorkbook(), "Program", 1, col("Target 2025"), "#REF!");
    wb = setCell(wb, "Program", 1, col("Target 2026"), "belum ada");
    expect(check(wb)).toEqual([]);
  });

  test("POKIN011 does not fire for a Target column outside the period", () => {
    let wb = withSheet(
      cleanWorkbook(),
      settingsSheet([
        ["Tahun Awal", 2025],
        ["Tahun Akhir", 2026],
      ]),
    );
    wb = setCell(wb, "Program", 1, col("Target 2027"), "");
    expect(check(wb)).toEqual([]);
  });

  test("POKIN011 does not fire per row when the year's Target column is missing (POKIN002 reports that)", () => {
    let wb = setCell(cleanWorkbook(), "Program", 0, col("Target 2026"), "Sasaran 2026");
    wb = setCell(wb, "Program", 1, col("Target 2026"), "");
    expect(check(wb)).toEqual([]);
  });

  test("POKIN011 does not fire for a row without Kode (POKIN003 reports that)", () => {
    const wb = cleanWorkbook((levels) => {
      levels[2]!.push({ kode: "", induk: "1.1", targets: {} });
    });
    expect(check(wb)).toEqual([]);
  });
});
