import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook, col, setCell } from "../../helpers/workbook";

const check = (wb: WorkbookData, lang: "id" | "en" = "id") =>
  checkWorkbook(wb, { rules: ["POKIN013"], lang });

describe("POKIN013 number stored as text", () => {
  test("POKIN013 gives nothing on the clean workbook", () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN013 fires as a warning at the cell and gives the value read in each language's notation", () => {
    const wb = setCell(cleanWorkbook(), "Kegiatan", 1, col("Target 2025"), "1.234,5");
    expect(check(wb)).toEqual([
      {
        rule: "POKIN013",
        severity: "warning",
        sheet: "Kegiatan",
        cell: "J2",
        kode: "1.1.1.1",
        message: expect.stringContaining("terbaca sebagai 1234,5"),
      },
    ]);
    expect(check(wb, "en")[0]!.message).toContain("read as 1234.5");
  });

  test("POKIN013 reads English notation and percent text", () => {
    let wb = setCell(cleanWorkbook(), "Sub Kegiatan", 1, col("Realisasi 2025"), "1,234.5");
    wb = setCell(wb, "Program", 1, col("Target 2026"), "75,5%");
    const found = check(wb, "en");
    expect(found.map((f) => [f.sheet, f.cell, f.kode])).toEqual([
      ["Program", "K2", "1.1.1"],
      ["Sub Kegiatan", "M2", "1.1.1.1.1"],
    ]);
    expect(found[0]!.message).toContain("read as 75.5");
    expect(found[1]!.message).toContain("read as 1234.5");
  });

  test("POKIN013 fires on a row without Kode", () => {
    const wb = cleanWorkbook((levels) => {
      levels[2]!.push({ kode: "", induk: "1.1", baseline: "12" });
    });
    expect(check(wb)).toEqual([
      {
        rule: "POKIN013",
        severity: "warning",
        sheet: "Program",
        cell: "I3",
        message: expect.stringContaining("terbaca sebagai 12"),
      },
    ]);
  });

  test("POKIN013 does not fire for real numbers or for text that is no number", () => {
    let wb = setCell(cleanWorkbook(), "Program", 1, col("Target 2025"), 1234.5);
    wb = setCell(wb, "Program", 1, col("Target 2026"), "sekitar 20");
    expect(check(wb)).toEqual([]);
  });
});
