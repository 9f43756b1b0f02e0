import { applyOfficePlan } from "../../../src/adapters/office/applyPlan";
import { importInExcel } from "../../../src/adapters/office/importAction";
import type { ExcelRun } from "../../../src/adapters/office/runAction";
import { MemoryWorkbook } from "../../../src/adapters/memory";
import { importAction } from "../../../src/core/actions";
import { templatePlan } from "../../../src/core/plans/templatePlan";
import type { SheetPlan } from "../../../src/core/plans/types";
import { EMPTY_TEMPLATE } from "../../../src/core/sample";
import { pastedMatrix } from "../../helpers/pastedMatrix";
import { FakeExcel, type FakeContext } from "./fakeExcel";

const NOW = new Date(2026, 0, 15, 8, 30);
const MODERN = { excelApi: (minor: number) => minor <= 13 };
/** Excel 2019: no worksheet.copy (backups are written as cells), no merged areas, no table.resize. */
const OLD = { excelApi: (minor: number) => minor <= 9 };
const asContext = (c: FakeContext) => c as unknown as Excel.RequestContext;

/** The pasted template: Programs whose names Excel would take for a formula, a number, a date. */
function template(): unknown[][] {
  const rows = pastedMatrix(4);
  rows[4]![4] = "=Program 1";
  rows[5]![4] = "1.10";
  rows[6]![4] = "@Program 3";
  return rows;
}

/** Templat's empty workbook as Templat writes it in Excel: Kode columns formatted as text ("@"). */
async function templatWorkbook(): Promise<FakeExcel> {
  const excel = new FakeExcel();
  await excel.run((c: FakeContext) =>
    applyOfficePlan(c as unknown as Excel.RequestContext, templatePlan(EMPTY_TEMPLATE, "id"), {
      capabilities: MODERN,
      existingSheets: [],
    }),
  );
  excel.addSheet("Tempel", template());
  return excel;
}

describe('Impor in Excel into text-formatted ("@") Kode cells', () => {
  test("Templat formats the level sheets' Kode and Kode Induk columns as text", async () => {
    const excel = await templatWorkbook();
    expect(excel.sheet("Program")!.format(1, 0)).toBe("@");
    expect(excel.sheet("Program")!.format(1, 1)).toBe("@");
  });

  test.each([
    ["ExcelApi 1.13", MODERN],
    ["ExcelApi 1.9", OLD],
  ])(
    "reads back exactly what the .xlsx path writes (%s): no apostrophe kept, no formula made",
    async (_, caps) => {
      const excel = await templatWorkbook();
      const result = await importInExcel(
        { sheet: "Tempel" },
        { run: excel.run as unknown as ExcelRun, now: NOW, capabilities: caps, sleep: async () => {} },
      );
      if (result.problem) throw new Error(result.problem.message.en);

      // The same import through plain data (what `pokin import` writes with the .xlsx adapter).
      const mem = new MemoryWorkbook();
      mem.apply(templatePlan(EMPTY_TEMPLATE, "id"));
      const data = { sheets: [...mem.toData().sheets, { name: "Tempel", values: template() }] };
      const expected = importAction(data, { sheet: "Tempel", merges: [] }, NOW);
      if (expected.problem) throw new Error(expected.problem.message.en);

      for (const level of ["Tujuan RPD", "Tujuan OPD", "Program"]) {
        const want = expected.workbook.sheets.find((s) => s.name === level)!.values;
        const sheet = excel.sheet(level)!;
        const b = sheet.usedBounds()!;
        const got = sheet.valueGrid(0, 0, b.rows, want[0]!.length);
        expect(got.map((r) => r.map((v) => (v === "" ? null : v)))).toEqual(
          want.map((r) => [...r, ...Array(want[0]!.length - r.length).fill(null)].map((v) => v ?? null)),
        );
        for (let r = 0; r < b.rows; r++)
          for (let c = 0; c < b.cols; c++) expect(sheet.cell(r, c)?.formula).toBeUndefined();
      }
      const kodes = excel.sheet("Program")!.valueGrid(1, 0, 4, 2).flat();
      expect(kodes.filter((k) => String(k).startsWith("'"))).toEqual([]);
    },
  );
});

describe("applyOfficePlan's textCells (cells read as text get their text without the apostrophe)", () => {
  const A2_TEXT = {
    has: (sheet: string, row: number, col: number) => sheet === "Catatan" && row === 1 && col === 0,
  };
  const write: SheetPlan = {
    name: "Catatan",
    mode: "update",
    blocks: [{ row: 1, col: 0, values: [["1.10", "=x"]] }],
  };

  async function run(sheets: SheetPlan[], textCells?: typeof A2_TEXT) {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("Catatan");
    sheet.setFormat(1, 0, "@");
    await excel.run((c: FakeContext) =>
      applyOfficePlan(
        asContext(c),
        { sheets },
        { capabilities: MODERN, existingSheets: ["Catatan"], ...(textCells ? { textCells } : {}) },
      ),
    );
    return [sheet.cell(1, 0), sheet.cell(1, 1)];
  }

  test("without them Excel keeps the apostrophe in a text cell (what the fix is for)", async () => {
    expect(await run([write])).toEqual([{ value: "'1.10" }, { value: "=x", quotePrefix: true }]);
  });

  test("with them the text cell holds the text, and the General cell beside it still gets the guard", async () => {
    expect(await run([write], A2_TEXT)).toEqual([{ value: "1.10" }, { value: "=x", quotePrefix: true }]);
  });

  test("a sheet an earlier part of the plan reformats is written with the apostrophe again", async () => {
    const general: SheetPlan = {
      name: "Catatan",
      mode: "update",
      formats: [{ range: { row: 1, col: 0 }, numberFormat: "General" }],
    };
    expect(await run([general, write], A2_TEXT)).toEqual([
      { value: "1.10", quotePrefix: true },
      { value: "=x", quotePrefix: true },
    ]);
  });
});
