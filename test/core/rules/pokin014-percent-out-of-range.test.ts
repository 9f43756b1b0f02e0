import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook, col } from "../../helpers/workbook";

const check = (wb: WorkbookData, rules = ["POKIN014"]) => checkWorkbook(wb, { rules, lang: "en" });

describe("POKIN014 a percentage target is outside 0–100", () => {
  test("POKIN014 gives nothing on the clean workbook", () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN014 fires at the Target cell of a % indicator above 100", () => {
    const wb = cleanWorkbook((l) => {
      l[2]![0]!.targets = { 2025: 80, 2026: 120, 2027: 100 };
    });
    expect(check(wb)).toEqual([
      {
        rule: "POKIN014",
        severity: "warning",
        sheet: "Program",
        cell: "K2",
        kode: "1.1.1",
        message: "[1.1.1] Target 2026 in % is 120, above 100.",
      },
    ]);
  });

  test("POKIN014 reads percentages stored as text and the 'persen' unit", () => {
    const wb = cleanWorkbook((l) => {
      l[1]![0]!.satuan = "Persen";
      l[1]![0]!.targets = { 2025: 50, 2026: "75,5%", 2027: "150%" };
    });
    expect(check(wb).map((f) => [f.sheet, f.cell, f.message])).toEqual([
      ["Tujuan OPD", "L2", "[1.1] Target 2027 in % is 150, above 100."],
    ]);
  });

  test("POKIN014 counts a cell formatted as % (1.2 shown as 120%) as 120", () => {
    const wb = cleanWorkbook((l) => {
      l[0]![0]!.targets = { 2025: 0.5, 2026: 0.9, 2027: 1.2 };
    });
    const rpd = wb.sheets.find((s) => s.name === "Tujuan RPD")!;
    const formats = rpd.values.map((r) => r.map(() => "0%"));
    const withFormats: WorkbookData = {
      sheets: wb.sheets.map((s) => (s === rpd ? { ...s, numberFormats: formats } : s)),
    };
    expect(check(withFormats).map((f) => f.cell)).toEqual(["L2"]);
  });

  test("POKIN014 does not fire at exactly 100, nor above 100 for a unit that is not %", () => {
    const wb = cleanWorkbook((l) => {
      l[2]![0]!.targets = { 2025: 100, 2026: 100, 2027: 100 };
      l[3]![0]!.targets = { 2025: 150, 2026: 250, 2027: 350 };
    });
    expect(check(wb)).toEqual([]);
  });

  test("POKIN014 leaves a negative % target to POKIN015", () => {
    const wb = cleanWorkbook((l) => {
      l[2]![0]!.targets = { 2025: -5, 2026: 20, 2027: 30 };
    });
    expect(check(wb, ["POKIN014", "POKIN015"]).map((f) => [f.rule, f.cell])).toEqual([["POKIN015", "J2"]]);
  });

  test("POKIN014 skips a sheet whose Satuan column is missing", () => {
    const wb = cleanWorkbook((l) => {
      l[2]![0]!.targets = { 2025: 500, 2026: 500, 2027: 500 };
    });
    const header = wb.sheets.find((s) => s.name === "Program")!.values[0] as unknown[];
    header[col("Satuan")] = "Unit";
    expect(check(wb)).toEqual([]);
  });
});
