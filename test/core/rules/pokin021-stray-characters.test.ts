import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook } from "../../helpers/workbook";

const check = (wb: WorkbookData) => checkWorkbook(wb, { rules: ["POKIN021"], lang: "en" });

describe("POKIN021 Kode or Kode Induk has stray spaces or invisible characters", () => {
  test("POKIN021 gives nothing on the clean workbook", () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN021 fires at the Kode cell for stray spaces and at the Kode Induk cell for invisible characters", () => {
    const wb = cleanWorkbook((l) => {
      l[2]![0]!.kode = " 1.1.1\u00A0";
      l[3]![0]!.induk = "1.1.1\u200B";
    });
    expect(check(wb)).toEqual([
      {
        rule: "POKIN021",
        severity: "warning",
        sheet: "Program",
        cell: "A2",
        kode: "1.1.1",
        message: "[1.1.1] Kode has stray spaces; read as '1.1.1'.",
      },
      {
        rule: "POKIN021",
        severity: "warning",
        sheet: "Kegiatan",
        cell: "B2",
        kode: "1.1.1.1",
        message: "[1.1.1.1] Kode Induk contains invisible characters; read as '1.1.1'. Retype the cell.",
      },
    ]);
  });

  test.each([
    ["U+200E left-to-right mark", "1.1.1\u200E"],
    ["U+200F right-to-left mark", "\u200F1.1.1"],
    ["U+202E right-to-left override", "\u202E1.1.1\u202C"],
    ["U+2066 isolate", "\u20661.1.1\u2069"],
  ])(
    "a Kode Induk with a %s is POKIN021 at its cell, and still finds its parent (no POKIN006)",
    (_, induk) => {
      const wb = cleanWorkbook((l) => {
        l[3]![0]!.induk = induk;
      });
      const all = checkWorkbook(wb, { lang: "en" });
      expect(all.map((f) => [f.rule, f.sheet, f.cell])).toEqual([["POKIN021", "Kegiatan", "B2"]]);
      expect(all[0]?.message).toBe(
        "[1.1.1.1] Kode Induk contains invisible characters; read as '1.1.1'. Retype the cell.",
      );
    },
  );

  test("POKIN021 fires on a double space inside a Kode", () => {
    const wb = cleanWorkbook((l) => {
      l[4]![1]!.kode = "1.1.1.1.2  a";
    });
    expect(check(wb).map((f) => [f.cell, f.kode])).toEqual([["A3", "1.1.1.1.2 a"]]);
  });

  test("POKIN021 does not fire on a numeric Kode, nor on a Kode Induk of spaces only (POKIN005's)", () => {
    const wb = cleanWorkbook((l) => {
      l[0]![0]!.kode = 1;
      l[4]![1]!.induk = "  ";
    });
    expect(check(wb)).toEqual([]);
  });
});
