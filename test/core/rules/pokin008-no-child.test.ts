import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook, col, setCell } from "../../helpers/workbook";

const check = (wb: WorkbookData) => checkWorkbook(wb, { rules: ["POKIN008"] });

describe("POKIN008 indicator above the lowest level without a child", () => {
  test("POKIN008 gives nothing on the clean workbook", () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN008 fires as a warning at the Kode cell of an indicator with no child", () => {
    const wb = cleanWorkbook((levels) => {
      levels[2]!.push({ kode: "1.1.2", induk: "1.1" });
    });
    expect(check(wb)).toEqual([
      {
        rule: "POKIN008",
        severity: "warning",
        sheet: "Program",
        cell: "A3",
        kode: "1.1.2",
        message: expect.stringContaining("Kegiatan"),
      },
    ]);
  });

  test("POKIN008 fires when the only child links to the wrong level", () => {
    const wb = setCell(cleanWorkbook(), "Kegiatan", 1, col("Kode Induk"), "1.1");
    expect(check(wb).map((f) => [f.sheet, f.cell, f.kode])).toEqual([["Program", "A2", "1.1.1"]]);
  });

  test("POKIN008 does not fire on the lowest level", () => {
    const wb = cleanWorkbook((levels) => {
      levels[4]!.push({ kode: "1.1.1.1.3", induk: "1.1.1.1" });
    });
    expect(check(wb)).toEqual([]);
  });

  test("POKIN008 does not fire above a level sheet that is missing (POKIN001 reports that)", () => {
    const wb = cleanWorkbook();
    expect(check({ sheets: wb.sheets.filter((s) => s.name !== "Kegiatan") })).toEqual([]);
  });

  test("POKIN008 does not fire above a level with no Kode Induk column (POKIN002 reports that)", () => {
    const wb = setCell(cleanWorkbook(), "Kegiatan", 0, col("Kode Induk"), "Induk?");
    expect(check(wb)).toEqual([]);
  });

  test("POKIN008 counts a statement's indicator rows as one: children hanging from any of them", () => {
    const wb = cleanWorkbook((l) => {
      l[2]!.push({ ...l[2]![0]!, kode: "1.1.2", indikator: "Indeks kemandirian" });
    });
    expect(check(wb)).toEqual([]);
  });

  test("POKIN008 still fires for a sibling row of another statement, or of the same name under another parent", () => {
    const wb = cleanWorkbook((l) => {
      l[2]!.push({ ...l[2]![0]!, kode: "1.1.2", uraian: "Program Perlindungan Sosial", indikator: "Indeks" });
      l[1]!.push({ kode: "1.2", induk: "1", uraian: "Menurunnya PMKS", indikator: "Persentase" });
      l[2]!.push({ ...l[2]![0]!, kode: "1.2.1", induk: "1.2", indikator: "Indeks lain" });
    });
    expect(check(wb).map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Program!A3", "Program!A4"]);
  });
});
