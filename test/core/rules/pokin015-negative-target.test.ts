import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook } from "../../helpers/workbook";

const check = (wb: WorkbookData) => checkWorkbook(wb, { rules: ["POKIN015"], lang: "en" });

describe("POKIN015 a target is negative", () => {
  test("POKIN015 gives nothing on the clean workbook", () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN015 fires at each negative Target cell, numbers and text alike", () => {
    const wb = cleanWorkbook((l) => {
      l[3]![0]!.targets = { 2025: -5, 2026: 20, 2027: "-1,5" };
    });
    expect(check(wb)).toEqual([
      {
        rule: "POKIN015",
        severity: "error",
        sheet: "Kegiatan",
        cell: "J2",
        kode: "1.1.1.1",
        message: "[1.1.1.1] Target 2025 is negative (-5).",
      },
      {
        rule: "POKIN015",
        severity: "error",
        sheet: "Kegiatan",
        cell: "L2",
        kode: "1.1.1.1",
        message: "[1.1.1.1] Target 2027 is negative (-1.5).",
      },
    ]);
  });

  test("POKIN015 does not fire on a target of 0 or a dash meaning no value", () => {
    const wb = cleanWorkbook((l) => {
      l[3]![0]!.targets = { 2025: 0, 2026: "-", 2027: "0" };
    });
    expect(check(wb)).toEqual([]);
  });
});
