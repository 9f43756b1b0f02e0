import { periksaInExcel } from "../../../src/adapters/office/checkAction";
import { PokinExcelError } from "../../../src/adapters/office/errors";
import { readOfficeWorkbook } from "../../../src/adapters/office/readWorkbook";
import { runExcel, type ExcelRun } from "../../../src/adapters/office/runAction";
import { selectCell } from "../../../src/adapters/office/select";
import { checkAction } from "../../../src/core/actions";
import { cellLink, REPORT_SHEET } from "../../../src/core/plans/reportPlan";
import type { FakeExcel } from "./fakeExcel";
import { fakeWith, workbookOf, WITHOUT_SHAPES } from "./workbooks";

const NOW = new Date(2026, 0, 15, 8, 30);
const options = (excel: FakeExcel) => ({
  run: excel.run as unknown as ExcelRun,
  now: NOW,
  capabilities: WITHOUT_SHAPES,
  sleep: async () => {},
});
/** Every Sub Kegiatan loses its Satuan: one POKIN010 per indicator, so the report grows with n. */
const broken = (n: number) => workbookOf(n, (spec) => ({ ...spec, satuan: "" }));

describe("the check and the report in Excel", () => {
  test.each([100, 1000, 10000])(
    "the pane's Periksa at %i indicators: one read of 2 syncs, 7 proxy calls, no sync in a loop",
    async (n) => {
      const excel = fakeWith(broken(n));
      const read = await runExcel((context) => readOfficeWorkbook(context), options(excel));
      const { findings } = checkAction(read.workbook, { lang: "id", now: NOW });
      const sheetNames = read.sheetNames;
      expect(excel.syncs).toBe(2);
      expect(excel.proxyCalls).toBe(7);
      expect(findings.filter((f) => f.rule === "POKIN010")).toHaveLength(n - 4);
      expect(sheetNames).toEqual([
        "Pengaturan",
        "Tujuan RPD",
        "Tujuan OPD",
        "Program",
        "Kegiatan",
        "Sub Kegiatan",
      ]);
    },
  );

  /** The operations one Periksa sends on a small workbook: the yardstick for the large ones. */
  let small: { proxyCalls: number; log: string[] };
  beforeAll(async () => {
    const excel = fakeWith(broken(10));
    await periksaInExcel("id", options(excel));
    small = { proxyCalls: excel.proxyCalls, log: excel.log };
  });

  test.each([100, 1000, 10000])(
    "periksaInExcel at %i indicators: 3 syncs, the same operations as at 10, one report row per finding's row",
    async (n) => {
      const excel = fakeWith(broken(n));
      const findings = await periksaInExcel("id", options(excel));
      expect(excel.runs).toBe(1);
      expect(excel.syncs).toBe(3);
      expect(excel.proxyCalls).toBe(small.proxyCalls);
      expect(excel.log).toEqual(small.log);
      const report = excel.sheet(REPORT_SHEET)!;
      // One POKIN010 per indicator row: grouping by rule and row keeps one report row each.
      expect(report.usedBounds()).toEqual({ row: 0, col: 0, rows: 4 + findings.length, cols: 9 });
      expect(excel.selection).toEqual({ sheet: REPORT_SHEET, address: "A5:I5" });
    },
  );

  test("the report links each finding to its cell with a working HYPERLINK and keeps messages as text", async () => {
    const excel = fakeWith(
      workbookOf(6, (spec, i) => (i === 0 ? { ...spec, indikator: "=SUM(1)", satuan: "" } : spec)),
    );
    const findings = await periksaInExcel("en", options(excel));
    expect(findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual([["POKIN010", "Sub Kegiatan", "E2"]]);
    const report = excel.sheet(REPORT_SHEET)!;
    expect(report.formulaGrid(3, 0, 2, 9)).toEqual([
      ["No", "Rule", "Severity", "Sheet", "Cell", "Kode", "Message", "Count", "All cells"],
      [
        1,
        "POKIN010",
        "Error",
        "Sub Kegiatan",
        cellLink("Sub Kegiatan", "E2").formula,
        "1.1.1.1.1",
        findings[0]!.message,
        1,
        "",
      ],
    ]);
    expect(report.valueGrid(4, 4, 1, 1)).toEqual([["E2"]]);
    expect(report.cell(4, 6)?.formula).toBeUndefined();
    expect(report.tables.map((t) => t.address)).toEqual(["Hasil Pemeriksaan!A4:I5"]);
    expect(report.freeze).toEqual({ rows: 4, cols: 0 });
  });

  test("a second Periksa replaces the report instead of failing on the existing sheet", async () => {
    const excel = fakeWith(broken(10));
    await periksaInExcel("id", options(excel));
    const fixed = fakeWith(workbookOf(10));
    fixed.sheets.push(excel.sheet(REPORT_SHEET)!);
    await periksaInExcel("id", options(fixed));
    expect(fixed.sheets.filter((s) => s.name === REPORT_SHEET)).toHaveLength(1);
    expect(fixed.sheet(REPORT_SHEET)!.valueGrid(4, 6, 1, 1)).toEqual([
      ["Tidak ada temuan: pohon kinerja konsisten."],
    ]);
  });

  test("a click on a finding selects its cell in one sync", async () => {
    const excel = fakeWith(workbookOf(6));
    await runExcel((context) => selectCell(context, "Program", "E2"), options(excel));
    expect(excel.syncs).toBe(1);
    expect(excel.selection).toEqual({ sheet: "Program", address: "E2" });
  });

  test("a click on a finding whose sheet is gone fails with an explanation, not a raw error", async () => {
    const excel = fakeWith(workbookOf(6));
    const failure = runExcel((context) => selectCell(context, "Dihapus", "A1"), options(excel));
    await expect(failure).rejects.toBeInstanceOf(PokinExcelError);
    await expect(failure).rejects.toMatchObject({
      code: "ItemNotFound",
      explanation: { en: expect.stringContaining("no longer exists") },
    });
  });
});
