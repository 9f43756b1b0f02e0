import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { buildModel } from "../../../src/core/model/buildModel";
import { cleanWorkbook, col, setCell } from "../../helpers/workbook";

/** Sets number formats on one row of a sheet. */
function withFormats(
  wb: WorkbookData,
  sheet: string,
  row: number,
  formats: Record<number, string>,
): WorkbookData {
  return {
    sheets: wb.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const numberFormats: (string | undefined)[][] = s.values.map(() => []);
      for (const [c, f] of Object.entries(formats)) numberFormats[row]![Number(c)] = f;
      return { ...s, numberFormats };
    }),
  };
}

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

  test("POKIN013 warns at a %-formatted number whose Satuan is not %, and the stored value is what counts", () => {
    let wb = cleanWorkbook((l) => {
      Object.assign(l[4]![0]!, { satuan: "Dokumen", targets: { 2025: 1, 2026: 0.5, 2027: 1 } });
    });
    wb = withFormats(wb, "Sub Kegiatan", 1, { [col("Target 2026")]: "0%", [col("Target 2027")]: '0"%"' });
    expect(check(wb, "en")).toEqual([
      {
        rule: "POKIN013",
        severity: "warning",
        sheet: "Sub Kegiatan",
        cell: "K2",
        kode: "1.1.1.1.1",
        message:
          "[1.1.1.1.1] Target 2026 is formatted as a percentage (50%) but Satuan 'Dokumen' is not %: its stored value, 0.5, is used; make the cell format and the Satuan agree.",
      },
    ]);
    const model = buildModel(wb);
    expect(model.byKode.get("1.1.1.1.1")?.targets.get(2026)?.value).toBe(0.5);
  });

  test("POKIN013 does not warn at a %-formatted number of a % indicator: it counts as its percentage", () => {
    let wb = cleanWorkbook((l) =>
      Object.assign(l[4]![0]!, { satuan: "persen", targets: { 2025: 0.1, 2026: 0.5, 2027: 0.6 } }),
    );
    wb = withFormats(wb, "Sub Kegiatan", 1, { [col("Target 2026")]: "0.0%" });
    expect(check(wb)).toEqual([]);
    expect(buildModel(wb).byKode.get("1.1.1.1.1")?.targets.get(2026)?.value).toBe(50);
  });
});
