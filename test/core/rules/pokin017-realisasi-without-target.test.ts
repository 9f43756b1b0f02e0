import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook, HEADER } from "../../helpers/workbook";

const check = (wb: WorkbookData) => checkWorkbook(wb, { rules: ["POKIN017"], lang: "en" });

/** Appends columns after Keterangan to one sheet: header names and row-1 values. */
function withColumns(wb: WorkbookData, sheet: string, headers: string[], values: unknown[]): WorkbookData {
  return {
    sheets: wb.sheets.map((s) =>
      s.name !== sheet
        ? s
        : {
            ...s,
            values: s.values.map((r, i) => [
              ...r,
              ...(i === 0 ? headers : i === 1 ? values : headers.map(() => "")),
            ]),
          },
    ),
  };
}

const QUARTERS = ["Realisasi 2025 TW1", "Realisasi 2025 TW2", "Realisasi 2025 TW3", "Realisasi 2025 TW4"];
/** Column letters of the four appended quarter columns (HEADER has 16 columns, A–P). */
const TW_CELLS = ["Q2", "R2", "S2", "T2"];

describe("POKIN017 a realisasi is given for a year without a target, or with target 0", () => {
  test("POKIN017 gives nothing on the clean workbook", () => {
    expect(HEADER.length).toBe(16);
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN017 fires at the Realisasi cell when that year's Target is empty", () => {
    const wb = cleanWorkbook((l) => {
      l[3]![0]!.targets = { 2026: 20, 2027: 30 };
      l[3]![0]!.realisasi = { 2025: 5, 2026: 18 };
    });
    expect(check(wb)).toEqual([
      {
        rule: "POKIN017",
        severity: "warning",
        sheet: "Kegiatan",
        cell: "M2",
        kode: "1.1.1.1",
        message:
          "[1.1.1.1] There is a realisasi for 2025 but Target 2025 is empty; no capaian can be computed.",
      },
    ]);
  });

  test("POKIN017 fires when the Target is 0, one finding per year", () => {
    const wb = cleanWorkbook((l) => {
      l[4]![0]!.targets = { 2025: 0, 2026: "0", 2027: 30 };
      l[4]![0]!.realisasi = { 2025: 5, 2026: 7, 2027: 30 };
    });
    expect(check(wb).map((f) => [f.cell, f.message])).toEqual([
      ["M2", "[1.1.1.1.1] There is a realisasi for 2025 but Target 2025 is 0; no capaian can be computed."],
      ["N2", "[1.1.1.1.1] There is a realisasi for 2026 but Target 2026 is 0; no capaian can be computed."],
    ]);
  });

  test("POKIN017 fires at the Realisasi column of a year that has no Target column", () => {
    const wb = withColumns(cleanWorkbook(), "Kegiatan", ["Realisasi 2028"], [12]);
    expect(check(wb).map((f) => [f.sheet, f.cell, f.message])).toEqual([
      [
        "Kegiatan",
        "Q2",
        "[1.1.1.1] There is a realisasi for 2028 but Target 2028 is empty; no capaian can be computed.",
      ],
    ]);
  });

  test("POKIN017 points at the first quarter with a number when Realisasi YYYY is empty", () => {
    const base = cleanWorkbook((l) => {
      l[3]![0]!.targets = { 2026: 20, 2027: 30 };
    });
    const wb = withColumns(base, "Kegiatan", QUARTERS, ["", 3, 4, ""]);
    expect(check(wb).map((f) => f.cell)).toEqual([TW_CELLS[1]]);
  });

  test("POKIN017 reports a year once, at Realisasi YYYY, when it and the quarters are given", () => {
    const base = cleanWorkbook((l) => {
      l[3]![0]!.targets = { 2026: 20, 2027: 30 };
      l[3]![0]!.realisasi = { 2025: 9 };
    });
    const wb = withColumns(base, "Kegiatan", QUARTERS, [2, 3, 4, ""]);
    expect(check(wb).map((f) => f.cell)).toEqual(["M2"]);
  });

  test("POKIN017 does not fire with a target, nor for an empty realisasi or a dash", () => {
    const base = cleanWorkbook((l) => {
      l[3]![0]!.realisasi = { 2025: 5, 2026: 25 };
      l[4]![0]!.targets = { 2025: 0, 2026: "", 2027: 30 };
      l[4]![0]!.realisasi = { 2025: "", 2026: "-" };
    });
    const wb = withColumns(base, "Sub Kegiatan", QUARTERS, ["", "n/a", "", ""]);
    expect(check(wb)).toEqual([]);
  });

  test("POKIN017 is silent when target and realisasi are both 0, and fires when only the target is", () => {
    const base = cleanWorkbook((l) => {
      l[4]![0]!.targets = { 2025: 0, 2026: 0, 2027: 30 };
      l[4]![0]!.realisasi = { 2025: 0, 2026: 3 };
    });
    expect(check(base).map((f) => f.cell)).toEqual(["N2"]);
    const quarters = cleanWorkbook((l) => {
      l[3]![0]!.targets = { 2025: 0, 2026: 20, 2027: 30 };
    });
    expect(check(withColumns(quarters, "Kegiatan", QUARTERS, [0, 0, "", 0]))).toEqual([]);
    expect(check(withColumns(quarters, "Kegiatan", QUARTERS, [0, 0, "", 2])).map((f) => f.cell)).toEqual([
      "Q2",
    ]);
  });
});
