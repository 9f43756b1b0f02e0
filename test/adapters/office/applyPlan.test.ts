import { applyOfficePlan, type ApplyOptions } from "../../../src/adapters/office/applyPlan";
import { charsToPoints } from "../../../src/adapters/office/sheetWrites";
import type { SheetPlan, WorkbookPlan } from "../../../src/core/plans/types";
import { FakeExcel, FakeOfficeError, type FakeContext } from "./fakeExcel";
import { WITH_SHAPES, WITHOUT_SHAPES } from "./workbooks";

const asContext = (c: FakeContext) => c as unknown as Excel.RequestContext;

async function apply(excel: FakeExcel, plan: WorkbookPlan, options: ApplyOptions = {}) {
  return excel.run((c) => applyOfficePlan(asContext(c), plan, { capabilities: WITHOUT_SHAPES, ...options }));
}

const WITH_VALIDATION = { excelApi: (minor: number) => minor <= 8 };

const TRICKY = ["=1+1", "+62 812", "-5", "@x", "1.1", "TRUE", "'quoted", "teks biasa"];

describe("applyOfficePlan", () => {
  test("workbook text is written as text: formula-like, numeric and boolean strings read back unchanged", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Program");
    const plan: SheetPlan = {
      name: "Laporan",
      mode: "replace",
      blocks: [{ row: 0, col: 0, values: [TRICKY] }],
    };
    await apply(excel, { sheets: [plan] }, { existingSheets: ["Program"] });
    const sheet = excel.sheet("Laporan")!;
    expect(sheet.valueGrid(0, 0, 1, TRICKY.length)).toEqual([TRICKY]);
    expect(TRICKY.map((_, c) => sheet.cell(0, c)?.formula)).toEqual(TRICKY.map(() => undefined));
  });

  test("the same strings without the adapter's care would have become formulas and numbers (the fake parses like Excel)", () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("Raw");
    TRICKY.forEach((t, c) => sheet.input(0, c, t));
    expect(sheet.valueGrid(0, 0, 1, 6)).toEqual([["#FAKE!", "#FAKE!", -5, "#FAKE!", 1.1, true]]);
  });

  test("formulas, numbers, booleans and empties go in one range write, padded to a rectangle", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Program");
    const plan: SheetPlan = {
      name: "Out",
      mode: "replace",
      blocks: [
        { row: 1, col: 1, values: [[{ formula: `=HYPERLINK("#'Program'!C5","C5")` }, 12.5, true], [null]] },
      ],
    };
    await apply(excel, { sheets: [plan] }, { existingSheets: ["Program"] });
    const out = excel.sheet("Out")!;
    expect(out.formulaGrid(1, 1, 2, 3)).toEqual([
      [`=HYPERLINK("#'Program'!C5","C5")`, 12.5, true],
      ["", "", ""],
    ]);
    expect(out.valueGrid(1, 1, 1, 1)).toEqual([["C5"]]);
    expect(excel.log.filter((l) => l.startsWith("set formulas") || l.startsWith("set values"))).toEqual([
      "set formulas",
    ]);
  });

  test("merges, widths, freeze, table, validations and conditional formats land on the sheet", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Program");
    const plan: SheetPlan = {
      name: "Out",
      mode: "replace",
      tabColor: "#2E7D6B",
      blocks: [{ row: 0, col: 0, values: [["Judul"], ["A", "B"], ["x", "Tinggi"]] }],
      merges: [{ row: 0, col: 0, cols: 2 }],
      columnWidths: [
        { col: 0, width: 10 },
        { col: 1, width: 10 },
        { col: 3, width: 20 },
      ],
      freeze: { rows: 2, cols: 1 },
      table: { name: "T1", range: { row: 1, col: 0, rows: 2, cols: 2 }, style: "TableStyleLight9" },
      validations: [{ range: { row: 2, col: 1 }, list: ["Positif", "Negatif"] }],
      conditionalFormats: [{ range: { row: 2, col: 1 }, rules: [{ equals: "Tinggi", fill: "#C6EFCE" }] }],
      formats: [
        { range: { row: 1, col: 0, cols: 2 }, bold: true, numberFormat: "@", border: { style: "thin" } },
      ],
    };
    // Data validation is ExcelApi 1.8 (Excel 2019, the web); shapes stay off.
    await apply(excel, { sheets: [plan] }, { existingSheets: ["Program"], capabilities: WITH_VALIDATION });
    const out = excel.sheet("Out")!;
    expect(out.merges).toEqual(["Out!A1:B1"]);
    expect(out.freeze).toEqual({ rows: 2, cols: 1 });
    expect(out.tabColor).toBe("#2E7D6B");
    expect(out.tables).toEqual([
      { address: "Out!A2:B3", name: "T1", style: "TableStyleLight9", hasHeaders: true },
    ]);
    expect(out.validations).toEqual([
      { address: "Out!B3", rule: { list: { inCellDropDown: true, source: "Positif,Negatif" } } },
    ]);
    expect(out.conditionalFormats).toEqual([
      {
        address: "Out!B3",
        type: "CellValue",
        fill: "#C6EFCE",
        rule: { formula1: '="Tinggi"', operator: "EqualTo" },
      },
    ]);
    expect(out.formatGrid(1, 0, 1, 2)).toEqual([["@", "@"]]);
    const widths = out.formatLog.filter((f) => f.prop === "format.columnWidth");
    expect(widths).toEqual([
      { address: "Out!A1:B1", prop: "format.columnWidth", value: charsToPoints(10) },
      { address: "Out!D1", prop: "format.columnWidth", value: charsToPoints(20) },
    ]);
    const borders = out.formatLog.filter((f) => f.prop.startsWith("format.borders")).map((f) => f.prop);
    expect(borders).toContain("format.borders.getItem(InsideVertical).style");
    expect(borders).not.toContain("format.borders.getItem(InsideHorizontal).style");
  });

  test("Excel 2016 (ExcelApi 1.7) gets the same sheet without the drop-down instead of a failed write", async () => {
    const excel = new FakeExcel();
    const plan: SheetPlan = {
      name: "Out",
      mode: "replace",
      blocks: [
        {
          row: 0,
          col: 0,
          values: [
            ["A", "B"],
            ["x", "Tinggi"],
          ],
        },
      ],
      validations: [{ range: { row: 1, col: 1 }, list: ["Positif", "Negatif"] }],
      conditionalFormats: [{ range: { row: 1, col: 1 }, rules: [{ equals: "Tinggi", fill: "#C6EFCE" }] }],
    };
    await apply(excel, { sheets: [plan] }, { existingSheets: [], capabilities: WITHOUT_SHAPES });
    const out = excel.sheet("Out")!;
    expect(out.validations).toEqual([]);
    expect(excel.writes.filter((w) => /dataValidation/.test(w))).toEqual([]);
    expect(out.conditionalFormats).toHaveLength(1); // conditional formats are 1.6: kept
    expect(out.valueGrid(0, 0, 2, 2)).toEqual([
      ["A", "B"],
      ["x", "Tinggi"],
    ]);
  });

  test("replace deletes the old sheet and writes a new one in a single sync when the names are known", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Program");
    excel.addSheet("Hasil Pemeriksaan", [["old"], ["stale row"]]);
    const result = await apply(
      excel,
      {
        sheets: [
          { name: "Hasil Pemeriksaan", mode: "replace", blocks: [{ row: 0, col: 0, values: [["new"]] }] },
        ],
      },
      { existingSheets: ["Program", "hasil pemeriksaan"] },
    );
    expect(result.syncs).toBe(1);
    expect(excel.syncs).toBe(1);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Program", "Hasil Pemeriksaan"]);
    expect(excel.sheet("Hasil Pemeriksaan")!.usedBounds()).toEqual({ row: 0, col: 0, rows: 1, cols: 1 });
  });

  test("without the sheet names it asks once (2 syncs); create leaves an existing sheet untouched", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Pengaturan", [["Kunci", "Nilai"]]);
    const result = await apply(excel, {
      sheets: [
        { name: "Pengaturan", mode: "create", blocks: [{ row: 0, col: 0, values: [["overwritten?"]] }] },
        { name: "Program", mode: "update", blocks: [{ row: 0, col: 0, values: [["Kode"]] }] },
      ],
    });
    expect(result.syncs).toBe(2);
    expect(excel.sheet("Pengaturan")!.valueGrid(0, 0, 1, 2)).toEqual([["Kunci", "Nilai"]]);
    expect(excel.sheet("Program")!.valueGrid(0, 0, 1, 1)).toEqual([["Kode"]]);
  });

  test("activate selects the planned range on the planned sheet", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Program");
    await apply(
      excel,
      {
        sheets: [{ name: "Out", mode: "replace" }],
        activate: { sheet: "Out", range: { row: 4, col: 0, cols: 7 } },
      },
      { existingSheets: ["Program"] },
    );
    expect(excel.active?.name).toBe("Out");
    expect(excel.selection).toEqual({ sheet: "Out", address: "A5:G5" });
  });

  const bigPlan = (rows: number): WorkbookPlan => ({
    sheets: [
      {
        name: "Besar",
        mode: "replace",
        blocks: [
          {
            row: 0,
            col: 0,
            values: Array.from({ length: rows }, (_, i) => [i, `baris ${i}`, "=bukan rumus"]),
          },
        ],
      },
    ],
  });

  test("a write over the payload limit is split into chunks, one sync each, and nothing is lost", async () => {
    const excel = new FakeExcel({ payloadLimit: 20_000 });
    excel.addSheet("Program");
    const result = await apply(excel, bigPlan(3000), { existingSheets: ["Program"], payloadLimit: 20_000 });
    expect(result.syncs).toBeGreaterThan(3);
    expect(excel.syncs).toBe(result.syncs);
    expect(Math.max(...excel.batchBytes)).toBeLessThanOrEqual(20_000);
    const out = excel.sheet("Besar")!;
    expect(out.usedBounds()).toEqual({ row: 0, col: 0, rows: 3000, cols: 3 });
    expect(out.valueGrid(2999, 0, 1, 3)).toEqual([[2999, "baris 2999", "=bukan rumus"]]);
  });

  test("the same write in one piece is refused by the fake's payload limit, like Excel on the web", async () => {
    const excel = new FakeExcel({ payloadLimit: 20_000 });
    excel.addSheet("Program");
    await expect(
      apply(excel, bigPlan(3000), { existingSheets: ["Program"], payloadLimit: 10_000_000 }),
    ).rejects.toEqual(
      new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit.",
      ),
    );
  });

  const diagram: SheetPlan = {
    name: "Pohon Kinerja",
    mode: "replace",
    print: { landscape: true, fitToWidth: true, repeatRows: [0, 1], header: "A & B" },
    shapes: {
      boxes: [
        {
          id: "b1",
          left: 100,
          top: 10,
          width: 120,
          height: 60,
          text: "Tujuan",
          fill: "#1F6F5C",
          fontColor: "#FFFFFF",
          lineColor: "#0B3D30",
        },
        {
          id: "b2",
          left: 100,
          top: 120,
          width: 120,
          height: 60,
          text: "Program",
          fill: "#3FA796",
          fontColor: "#000000",
          lineColor: "#0B3D30",
        },
      ],
      connectors: [{ from: "b1", to: "b2", color: "#555555" }],
      group: "Pohon",
    },
  };

  test("with ExcelApi 1.9, shapes are drawn with a connector glued bottom-to-top, grouped, and print is set up", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Program");
    const result = await apply(
      excel,
      { sheets: [diagram] },
      { existingSheets: ["Program"], capabilities: WITH_SHAPES },
    );
    expect(result.shapesDrawn).toBe(true);
    const shapes = excel.sheet("Pohon Kinerja")!.shapes;
    expect(shapes.map((s) => [s.kind, s.name])).toEqual([
      ["geometric", "b1"],
      ["geometric", "b2"],
      ["line", ""],
      ["group", "Pohon"],
    ]);
    expect(shapes[0]!.props).toMatchObject({
      left: 100,
      top: 10,
      "fill.setSolidColor()": "#1F6F5C",
      "textFrame.textRange.text": "Tujuan",
    });
    expect(shapes[2]).toMatchObject({
      begin: { shape: "b1", site: 2 },
      end: { shape: "b2", site: 0 },
      props: { x1: 160, y1: 70, x2: 160, y2: 120 },
    });
    expect(shapes[3]!.members).toEqual(["b1", "b2", ""]);
    expect(excel.sheet("Pohon Kinerja")!.pageLayout).toEqual({
      "pageLayout.orientation": "Landscape",
      "pageLayout.zoom": { horizontalFitToPages: 1, verticalFitToPages: 0 },
      "pageLayout.setPrintTitleRows()": ["$1:$2"],
      "pageLayout.headersFooters.defaultForAllPages.centerHeader": "A && B",
      "pageLayout.headersFooters.defaultForAllPages.centerFooter": "&P / &N",
    });
  });

  test("without ExcelApi 1.9, shapes and page layout are left out (the plan's cells stand)", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Program");
    const result = await apply(
      excel,
      { sheets: [diagram] },
      { existingSheets: ["Program"], capabilities: WITHOUT_SHAPES },
    );
    expect(result.shapesDrawn).toBe(false);
    expect(excel.sheet("Pohon Kinerja")!.shapes).toEqual([]);
    expect(excel.sheet("Pohon Kinerja")!.pageLayout).toEqual({});
    expect(excel.sheet("Pohon Kinerja")!.pageBreaks).toEqual({ rows: [], cols: [] });
  });

  test("with ExcelApi 1.9, a fixed scale, margins in points and the plan's manual page breaks are set", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Program");
    const margins = { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
    const paged: SheetPlan = {
      name: "Pohon Kinerja",
      mode: "replace",
      blocks: [{ row: 0, col: 0, values: [["x"]] }],
      print: {
        landscape: true,
        paperSize: "A3",
        scale: 57,
        margins,
        rowBreaks: [55, 134],
        colBreaks: [27, 106],
      },
    };
    await apply(excel, { sheets: [paged] }, { existingSheets: ["Program"], capabilities: WITH_SHAPES });
    const sheet = excel.sheet("Pohon Kinerja")!;
    expect(sheet.pageBreaks).toEqual({ rows: [55, 134], cols: [27, 106] });
    expect(sheet.pageLayout).toMatchObject({
      "pageLayout.zoom": { scale: 57 },
      "pageLayout.paperSize": "A3",
      "pageLayout.leftMargin": 36,
      "pageLayout.topMargin": 54,
      "pageLayout.headerMargin": expect.closeTo(21.6, 6),
    });
    expect(sheet.pageLayout).not.toHaveProperty(["pageLayout.zoom", "horizontalFitToPages"]);
  });
});
