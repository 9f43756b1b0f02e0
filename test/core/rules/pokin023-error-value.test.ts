import { checkWorkbook } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook, col, HEADER, levelSheet, setCell, withSheet } from "../../helpers/workbook";

const check = (wb: WorkbookData) => checkWorkbook(wb, { rules: ["POKIN023"], lang: "en" });

describe("POKIN023 a cell holds an Excel error value", () => {
  test("POKIN023 gives nothing on the clean workbook", () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test("POKIN023 fires at a Target cell holding #REF!, with the row's Kode", () => {
    const wb = setCell(cleanWorkbook(), "Kegiatan", 1, col("Target 2026"), "#REF!");
    expect(check(wb)).toEqual([
      {
        rule: "POKIN023",
        severity: "error",
        sheet: "Kegiatan",
        cell: "K2",
        kode: "1.1.1.1",
        message: "[1.1.1.1] The cell holds the Excel error value #REF!; check its formula or reference.",
      },
    ]);
  });

  test("POKIN023 scans every cell: header, unknown columns, rows without Kode, and Pengaturan", () => {
    let wb = cleanWorkbook();
    wb = setCell(wb, "Program", 0, HEADER.length + 2, "#NAME?");
    wb = setCell(wb, "Program", 1, HEADER.length + 3, "#DIV/0!");
    wb = setCell(wb, "Sub Kegiatan", 5, col("Uraian"), "#N/A");
    wb = setCell(wb, "Pengaturan", 2, 1, "#VALUE!");
    expect(check(wb).map((f) => [f.sheet, f.cell, f.kode])).toEqual([
      ["Pengaturan", "B3", undefined],
      ["Program", "S1", undefined],
      ["Program", "T2", "1.1.1"],
      ["Sub Kegiatan", "C6", undefined],
    ]);
  });

  test("POKIN023 does not fire on text that merely starts with # nor on sheets Pokin does not read", () => {
    let wb = cleanWorkbook();
    wb = setCell(wb, "Program", 1, col("Keterangan"), "#1 prioritas daerah");
    wb = setCell(wb, "Program", 1, col("Uraian"), "REF!");
    wb = { sheets: [...wb.sheets, { name: "Catatan", values: [["#REF!"]] }] };
    expect(check(wb)).toEqual([]);
  });

  test("POKIN023 finds the one error among 100,000 rows", () => {
    const specs = Array.from({ length: 100_000 }, (_, i) => ({ kode: `1.1.1.1.${i + 1}`, induk: "1.1.1.1" }));
    const big = levelSheet("Sub Kegiatan", specs);
    const wb = setCell(
      withSheet(cleanWorkbook(), big),
      "Sub Kegiatan",
      99_999,
      col("Realisasi 2027"),
      "#N/A",
    );
    expect(check(wb).map((f) => [f.sheet, f.cell, f.kode])).toEqual([
      ["Sub Kegiatan", "O100000", "1.1.1.1.99999"],
    ]);
  });
});
