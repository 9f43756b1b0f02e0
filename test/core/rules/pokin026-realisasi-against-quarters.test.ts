import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook, type RowSpec } from "../../helpers/workbook";

const check = (wb: WorkbookData) => checkWorkbook(wb, { rules: ["POKIN026"], lang: "en" });

const QUARTERS = ["Realisasi 2025 TW1", "Realisasi 2025 TW2", "Realisasi 2025 TW3", "Realisasi 2025 TW4"];

/** The clean workbook with 2025 quarter columns on Sub Kegiatan; row 1 gets `spec` and these quarters. */
function subWith(spec: Partial<RowSpec>, quarters: unknown[]): WorkbookData {
  const wb = cleanWorkbook((l) =>
    Object.assign(l[4]![0]!, { targets: { 2025: 40, 2026: 50, 2027: 60 } }, spec),
  );
  return {
    sheets: wb.sheets.map((s) =>
      s.name !== "Sub Kegiatan"
        ? s
        : { ...s, values: s.values.map((r, i) => [...r, ...(i === 0 ? QUARTERS : i === 1 ? quarters : [])]) },
    ),
  };
}

describe("POKIN026 Realisasi YYYY differs from what its quarters give under its Sifat", () => {
  test("POKIN026 gives nothing on the clean workbook", () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN026 fires at Realisasi 2025 when it is 0 and TW4 holds 35 (the Deli Serdang row 51 case)", () => {
    expect(check(subWith({ satuan: "%", realisasi: { 2025: 0 } }, ["", "", "", 35]))).toEqual([
      {
        rule: "POKIN026",
        severity: "warning",
        sheet: "Sub Kegiatan",
        cell: "M2",
        kode: "1.1.1.1.1",
        message:
          "[1.1.1.1.1] Realisasi 2025 (0) differs from the sum of its quarters (TW4 = 35) under Sifat Kumulatif.",
      },
    ]);
  });

  test("POKIN026 reads a % indicator as Kumulatif by default: the year is the sum of TW1–TW4", () => {
    const wb = subWith({ satuan: "%", realisasi: { 2025: 6 } }, [1, 2, 3, ""]);
    expect(check(wb)).toEqual([]);
    const last = subWith({ satuan: "%", realisasi: { 2025: 3 } }, [1, 2, 3, ""]);
    expect(check(last).map((f) => f.message)).toEqual([
      "[1.1.1.1.1] Realisasi 2025 (3) differs from the sum of its quarters (TW1 + TW2 + TW3 = 6) under Sifat Kumulatif.",
    ]);
  });

  test("POKIN026 compares with the last quarter given when the Sifat says Akhir", () => {
    expect(check(subWith({ sifat: "Akhir", realisasi: { 2025: 3 } }, [1, 2, 3, ""]))).toEqual([]);
    const wb = subWith({ sifat: "Akhir", indikator: "Indeks kepuasan", realisasi: { 2025: 6 } }, [
      1,
      2,
      3,
      "",
    ]);
    expect(check(wb).map((f) => [f.cell, f.message])).toEqual([
      ["M2", "[1.1.1.1.1] Realisasi 2025 (6) differs from its last quarter (TW3 = 3) under Sifat Akhir."],
    ]);
  });

  test("POKIN026 stays silent on a difference below what two decimals show, and without a year or quarters", () => {
    expect(check(subWith({ realisasi: { 2025: 0.3 } }, [0.1, 0.2, "", ""]))).toEqual([]);
    expect(check(subWith({ realisasi: { 2025: 21.43 } }, [21.428, "", "", ""]))).toEqual([]);
    expect(check(subWith({ realisasi: { 2025: "" } }, [5, 6, "", ""]))).toEqual([]);
    expect(check(subWith({ realisasi: { 2025: 9 } }, ["", "-", "n/a", ""]))).toEqual([]);
  });
});
