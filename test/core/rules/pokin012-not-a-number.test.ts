import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook, col, HEADER, setCell } from "../../helpers/workbook";

const check = (wb: WorkbookData) => checkWorkbook(wb, { rules: ["POKIN012"] });
const where = (wb: WorkbookData) => check(wb).map((f) => [f.sheet, f.cell, f.kode ?? null]);

describe("POKIN012 value that cannot be read as a number", () => {
  test("POKIN012 gives nothing on the clean workbook", () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN012 fires at a Target cell holding text that is no number, quoting it", () => {
    const wb = setCell(cleanWorkbook(), "Program", 1, col("Target 2026"), "tujuh puluh");
    expect(check(wb)).toEqual([
      {
        rule: "POKIN012",
        severity: "error",
        sheet: "Program",
        cell: "K2",
        kode: "1.1.1",
        message: expect.stringContaining("Target 2026 'tujuh puluh'"),
      },
    ]);
  });

  test("POKIN012 fires for Baseline and Realisasi cells, booleans and dates", () => {
    let wb = setCell(cleanWorkbook(), "Kegiatan", 1, col("Baseline"), "?");
    wb = setCell(wb, "Kegiatan", 1, col("Realisasi 2025"), true);
    wb = setCell(wb, "Kegiatan", 1, col("Realisasi 2027"), new Date(Date.UTC(2025, 0, 31)));
    expect(where(wb)).toEqual([
      ["Kegiatan", "I2", "1.1.1.1"],
      ["Kegiatan", "M2", "1.1.1.1"],
      ["Kegiatan", "O2", "1.1.1.1"],
    ]);
  });

  test("POKIN012 fires for a quarter's Realisasi cell", () => {
    let wb = setCell(cleanWorkbook(), "Sub Kegiatan", 0, HEADER.length, "Realisasi 2025 TW1");
    wb = setCell(wb, "Sub Kegiatan", 2, HEADER.length, "lima");
    const found = check(wb);
    expect(found.map((f) => [f.sheet, f.cell, f.kode])).toEqual([["Sub Kegiatan", "Q3", "1.1.1.1.2"]]);
    expect(found[0]!.message).toContain("Realisasi 2025 TW1");
  });

  test("POKIN012 fires on a row without Kode, with no kode on the finding", () => {
    const wb = cleanWorkbook((levels) => {
      levels[3]!.push({ kode: "", induk: "1.1.1", targets: { 2025: "banyak", 2026: 5, 2027: 6 } });
    });
    const found = check(wb);
    expect(found).toEqual([
      {
        rule: "POKIN012",
        severity: "error",
        sheet: "Kegiatan",
        cell: "J3",
        message: expect.stringContaining("Baris 3"),
      },
    ]);
  });

  test("POKIN012 does not fire for error values, numbers as text, or no-value marks", () => {
    let wb = setCell(cleanWorkbook(), "Program", 1, col("Target 2025"), "#N/A");
    wb = setCell(wb, "Program", 1, col("Target 2026"), "1.234,5");
    wb = setCell(wb, "Program", 1, col("Target 2027"), "-");
    wb = setCell(wb, "Program", 1, col("Baseline"), "n/a");
    expect(check(wb)).toEqual([]);
  });

  test("POKIN012 does not fire for text in a column that holds no numbers", () => {
    const wb = setCell(cleanWorkbook(), "Program", 1, col("Keterangan"), "tujuh puluh");
    expect(check(wb)).toEqual([]);
  });
});
