import {
  importInExcel,
  importSourcesInExcel,
  previewInExcel,
} from "../../../src/adapters/office/importAction";
import type { ExcelRun } from "../../../src/adapters/office/runAction";
import { cellText } from "../../../src/core/text";
import { pastedMatrix } from "../../helpers/pastedMatrix";
import { cleanWorkbook } from "../../helpers/workbook";
import type { FakeExcel, FakeSheet } from "./fakeExcel";
import { fakeWith } from "./workbooks";

const NOW = new Date(2026, 0, 15, 8, 30);
const MODERN = { excelApi: (minor: number) => minor <= 13 };
/** Excel 2019: shapes, but no worksheet.copy (1.10), merged areas or table.resize (1.13). */
const OLD = { excelApi: (minor: number) => minor <= 9 };
const options = (excel: FakeExcel, caps = MODERN) => ({
  run: excel.run as unknown as ExcelRun,
  now: NOW,
  capabilities: caps,
  sleep: async () => {},
});

/** A clean workbook whose level sheets are tables (as Templat makes them), plus a pasted matrix. */
function excelWith(rows: number): FakeExcel {
  const wb = cleanWorkbook();
  const excel = fakeWith({ sheets: [...wb.sheets, { name: "Tempel", values: pastedMatrix(rows) }] });
  for (const s of wb.sheets.filter((x) => x.name !== "Pengaturan")) {
    const width = Math.max(...s.values.map((r) => r.length));
    const end = String.fromCharCode(64 + width);
    excel.sheet(s.name)!.tables.push({
      name: `tbl_${s.name.replace(/ /g, "")}`,
      address: `${s.name}!A1:${end}${s.values.length}`,
      hasHeaders: true,
    });
  }
  // A formula and a number format a backup must keep.
  excel.sheet("Program")!.input(1, 20, "=1+1");
  excel.sheet("Program")!.setFormat(1, 9, "0.00");
  return excel;
}

/** A sheet's cells as formulas (or values), row by row. */
const grid = (s: FakeSheet) => {
  const b = s.usedBounds()!;
  return s.formulaGrid(0, 0, b.row + b.rows, b.col + b.cols);
};
const kodes = (s: FakeSheet) =>
  grid(s)
    .slice(1)
    .map((r) => cellText(r[0]));

describe("importInExcel (Impor in Excel)", () => {
  test.each([
    ["with worksheet.copy and table.resize (ExcelApi 1.13)", MODERN],
    ["with a values-and-formulas copy (ExcelApi 1.9)", OLD],
  ])("uses the same number of syncs (≤ 3) and one Excel.run at 100 and 1,000 rows %s", async (_, caps) => {
    const counts: number[] = [];
    for (const n of [100, 1000]) {
      const excel = excelWith(n);
      const result = await importInExcel({ sheet: "Tempel" }, options(excel, caps));
      expect(result.problem).toBeUndefined();
      expect(excel.sheet("Program")!.usedBounds()!.rows).toBeGreaterThan(n);
      expect(excel.runs).toBe(1);
      counts.push(excel.syncs);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(3);
  });

  test.each([
    ["copied whole with worksheet.copy", MODERN],
    ["copied as values and formulas", OLD],
  ])("backs up each level sheet it changes first (%s), and deletes no row", async (_, caps) => {
    const excel = excelWith(30);
    const before = new Map(excel.sheets.map((s) => [s.name, grid(s)]));
    const result = await importInExcel({ sheet: "Tempel" }, options(excel, caps));
    if (result.problem) throw new Error(result.problem.message.en);
    const backups = result.levels.map((l) => l.backup!);
    expect(result.levels.map((l) => l.level)).toEqual(["Tujuan RPD", "Tujuan OPD", "Program"]);
    expect(backups.every((b) => /^Cadangan .+ 20260115-0830$/.test(b))).toBe(true);
    expect(result.sheets).toEqual([...backups, "Tujuan RPD", "Tujuan OPD", "Program"]);
    for (const level of result.levels) {
      const backup = excel.sheet(level.backup!)!;
      // The copy holds what the sheet held before, formulas included.
      expect(grid(backup)).toEqual(before.get(level.level));
      const now = excel.sheet(level.level)!;
      for (const k of kodes(backup)) expect(kodes(now)).toContain(k);
      expect(kodes(now).length).toBe(grid(backup).length - 1 + level.appended);
    }
    expect(excel.sheet(backups[2]!)!.cell(1, 20)?.formula).toBe("=1+1");
    // Only worksheet.copy keeps formats; the fallback copies values and formulas.
    expect(excel.sheet(backups[2]!)!.format(1, 9)).toBe(caps === MODERN ? "0.00" : "General");
    // The template itself is never written.
    expect(grid(excel.sheet("Tempel")!)).toEqual(before.get("Tempel"));
  });

  test("with ExcelApi 1.13 a level table is resized over the appended rows; before it, it is left to Excel", async () => {
    for (const caps of [MODERN, OLD]) {
      const excel = excelWith(12);
      const old = excel.sheet("Program")!.tables[0]!.address;
      const result = await importInExcel({ sheet: "Tempel" }, options(excel, caps));
      if (result.problem) throw new Error(result.problem.message.en);
      const rows = excel.sheet("Program")!.usedBounds()!.rows;
      const grown = old.replace(/\d+$/, String(rows));
      expect(excel.sheet("Program")!.tables[0]!.address).toBe(caps === MODERN ? grown : old);
    }
  });

  test("returns the workbook as it now is, so the pane checks it without reading again", async () => {
    const excel = excelWith(5);
    const result = await importInExcel({ sheet: "Tempel" }, options(excel));
    if (result.problem) throw new Error(result.problem.message.en);
    const program = result.workbook.sheets.find((s) => s.name === "Program")!;
    expect(program.values.slice(1).map((r) => cellText(r[0]))).toEqual(kodes(excel.sheet("Program")!));
  });

  test("the planner's mapping changes reach the import in Excel as data (column → role)", async () => {
    const excel = excelWith(5);
    const result = await importInExcel(
      { sheet: "Tempel", overrides: [{ col: 6, role: { kind: "skip" } }] },
      options(excel),
    );
    expect(result.problem).toBeUndefined();
    expect(result.preview?.mapping?.columns.find((c) => c.col === 6)?.role).toEqual({
      kind: "skip",
      why: "lain",
    });
    expect(result.preview?.content.levels[2]!.rows.every((r) => (r.satuan ?? "") === "")).toBe(true);
  });
});

describe("previewInExcel and importSourcesInExcel", () => {
  test("the preview of the current selection reads its sheet and range in two syncs and writes nothing", async () => {
    const excel = excelWith(20);
    excel.selection = { sheet: "Tempel", address: "A3:I14" };
    const names = excel.sheets.map((s) => s.name);
    const result = await previewInExcel({ overrides: [{ col: 6, role: { kind: "skip" } }] }, options(excel));
    expect([result.sheet, result.range, excel.syncs]).toEqual(["Tempel", "A3:I14", 2]);
    expect(result.preview.content.levels.map((l) => l.rows.length)).toEqual([1, 1, 10, 0, 0]);
    expect(result.preview.content.levels[2]!.rows.every((r) => (r.satuan ?? "") === "")).toBe(true);
    expect(excel.sheets.map((s) => s.name)).toEqual(names);
  });

  test("a selected single cell means its whole sheet; a sheet that is gone is a problem", async () => {
    const excel = excelWith(3);
    excel.selection = { sheet: "Tempel", address: "B2" };
    const whole = await previewInExcel({}, options(excel));
    expect([whole.sheet, whole.range, whole.preview.content.levels[2]!.rows.length]).toEqual([
      "Tempel",
      undefined,
      3,
    ]);
    const gone = await previewInExcel({ sheet: "Hilang" }, options(excel));
    expect(gone.preview.problem?.en).toBe("There is no sheet 'Hilang'.");
  });

  test("the sources are the sheets that are neither levels nor Pokin's own, and the selection's address", async () => {
    const excel = excelWith(3);
    excel.selection = { sheet: "Tempel", address: "A1:I7" };
    const sources = await importSourcesInExcel(options(excel));
    expect(sources).toEqual({ sheets: ["Tempel"], selection: "Tempel!A1:I7" });
    expect(excel.syncs).toBe(2);
  });
});
