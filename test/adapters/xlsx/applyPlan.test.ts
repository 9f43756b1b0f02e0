import ExcelJS from "exceljs";
import { applyPlan } from "../../../src/adapters/xlsx/applyPlan";
import { readXlsx } from "../../../src/adapters/xlsx/readWorkbook";
import { writeXlsx } from "../../../src/adapters/xlsx/writeXlsx";
import { strFromU8, unzipSync } from "fflate";
import type { SheetPlan, WorkbookPlan } from "../../../src/core/plans/types";

/** Writes the workbook to .xlsx bytes and loads them again, as a user opening the file would. */
async function saved(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await wb.xlsx.writeBuffer()) as Parameters<ExcelJS.Xlsx["load"]>[0]);
  return again;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

const REPORT: SheetPlan = {
  name: "Laporan",
  mode: "replace",
  tabColor: "#1F4E79",
  showGridlines: false,
  blocks: [
    {
      row: 0,
      col: 0,
      values: [
        ["Kode", "Uraian", "Nilai", "Predikat"],
        ["1", "=SUM(A1)", 4, "Tinggi"],
        ["2", "@x", { formula: "=C2*2", result: 8 }, "Sangat Tinggi"],
        ["3", "+62", true, null],
        ["4", "-1 orang", 0.755, "Rendah"],
      ],
    },
  ],
  formats: [
    {
      range: { row: 0, col: 0, cols: 4 },
      bold: true,
      italic: true,
      fontSize: 12,
      fontColor: "#FFFFFF",
      fill: "#1F4E79",
    },
    { range: { row: 1, col: 1, rows: 4 }, wrap: true, hAlign: "center", vAlign: "top" },
    { range: { row: 4, col: 2 }, numberFormat: "0.0%" },
    { range: { row: 1, col: 0, rows: 2, cols: 2 }, border: { style: "thin", color: "#808080" } },
    { range: { row: 6, col: 0, rows: 3, cols: 3 }, outline: { style: "medium" } },
    { range: { row: 10, col: 0, cols: 2 }, edges: { bottom: { style: "dashed", color: "#FF0000" } } },
  ],
  merges: [{ row: 12, col: 0, cols: 3 }],
  columnWidths: [
    { col: 0, width: 10 },
    { col: 1, width: 45 },
  ],
  rowHeights: [{ row: 0, height: 30 }],
  freeze: { rows: 1, cols: 2 },
  table: { name: "tbl_Laporan", range: { row: 0, col: 0, rows: 5, cols: 4 }, style: "TableStyleLight9" },
  validations: [
    { range: { row: 1, col: 3, rows: 4 }, list: ["Tinggi", "Sangat Tinggi", "Rendah"] },
    { range: { row: 1, col: 0, rows: 4 }, list: { formula: "='Tujuan RPD'!$A$2:$A$2000" }, allowOther: true },
  ],
  conditionalFormats: [
    {
      range: { row: 1, col: 3, rows: 4 },
      rules: [
        { equals: "Tinggi", fill: "#C6EFCE", fontColor: "#006100" },
        { equals: "Rendah", fill: "#FFC7CE" },
      ],
    },
  ],
  print: { landscape: true, fitToWidth: true, repeatRows: [0, 1], header: "Capaian 2025 & 2026" },
};

describe("applyPlan(wb, plan)", () => {
  it("writes statements that look like formulas (=, @, +, -) as text, and FormulaValue as a formula with its result", async () => {
    const wb = new ExcelJS.Workbook();
    expect(applyPlan(wb, { sheets: [REPORT] })).toEqual([]);
    const ws = sheet(await saved(wb), "Laporan");
    const texts = ["B2", "B3", "B4", "B5"].map((a) => [ws.getCell(a).type, ws.getCell(a).value]);
    expect(texts).toEqual([
      [ExcelJS.ValueType.String, "=SUM(A1)"],
      [ExcelJS.ValueType.String, "@x"],
      [ExcelJS.ValueType.String, "+62"],
      [ExcelJS.ValueType.String, "-1 orang"],
    ]);
    expect(ws.getCell("C3").value).toEqual({ formula: "C2*2", result: 8 });
    const data = await readXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(data.sheets[0]!.values.slice(0, 5)).toEqual([
      ["Kode", "Uraian", "Nilai", "Predikat"],
      ["1", "=SUM(A1)", 4, "Tinggi"],
      ["2", "@x", 8, "Sangat Tinggi"],
      ["3", "+62", true],
      ["4", "-1 orang", 0.755, "Rendah"],
    ]);
  });

  it("applies fonts, fills, alignment, number formats and every kind of border", async () => {
    const wb = new ExcelJS.Workbook();
    applyPlan(wb, { sheets: [REPORT] });
    const ws = sheet(await saved(wb), "Laporan");
    expect(ws.getCell("D1").font).toMatchObject({
      bold: true,
      italic: true,
      size: 12,
      color: { argb: "FFFFFFFF" },
    });
    expect(ws.getCell("D1").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FF1F4E79" },
    });
    expect(ws.getCell("B3").alignment).toMatchObject({
      wrapText: true,
      horizontal: "center",
      vertical: "top",
    });
    expect(ws.getCell("C5").numFmt).toBe("0.0%");
    const thin = { style: "thin", color: { argb: "FF808080" } };
    expect(ws.getCell("B3").border).toMatchObject({ top: thin, bottom: thin, left: thin, right: thin });
    // Outline: the outer edges of A7:C9 only.
    expect(ws.getCell("A7").border).toMatchObject({ top: { style: "medium" }, left: { style: "medium" } });
    expect(ws.getCell("A7").border.bottom).toBeUndefined();
    expect(ws.getCell("B8").border ?? {}).toEqual({});
    expect(ws.getCell("C9").border).toMatchObject({
      bottom: { style: "medium" },
      right: { style: "medium" },
    });
    expect(ws.getCell("B11").border).toEqual({ bottom: { style: "dashed", color: { argb: "FFFF0000" } } });
  });

  it("merges, sizes, freezes, hides gridlines, colours the tab and sets up printing", async () => {
    const wb = new ExcelJS.Workbook();
    applyPlan(wb, { sheets: [REPORT] });
    const ws = sheet(await saved(wb), "Laporan");
    expect(ws.model.merges).toEqual(["A13:C13"]);
    expect([ws.getColumn(1).width, ws.getColumn(2).width, ws.getRow(1).height]).toEqual([10, 45, 30]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 1, showGridLines: false });
    expect(ws.properties.tabColor).toEqual({ argb: "FF1F4E79" });
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:2",
    });
    expect(ws.headerFooter.oddHeader).toBe("&CCapaian 2025 && 2026");
    expect(ws.headerFooter.oddFooter).toBe("&C&P / &N");
  });

  it("prints a sheet too wide for one page on A3, so many pages wide and any number tall", async () => {
    const wb = new ExcelJS.Workbook();
    applyPlan(wb, {
      sheets: [{ name: "Lebar", mode: "replace", print: { landscape: true, pagesWide: 3, paperSize: "A3" } }],
    });
    const ws = sheet(await saved(wb), "Lebar");
    expect(ws.pageSetup).toMatchObject({ paperSize: 8, fitToPage: true, fitToWidth: 3, fitToHeight: 0 });
    expect(ws.headerFooter.oddFooter).toBe("&C&P / &N");
  });

  it("writes a fixed scale, margins and manual row and column breaks that the file keeps", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sebelum");
    const margins = { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
    applyPlan(wb, {
      sheets: [
        {
          name: "Pohon",
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
        },
      ],
    });
    const bytes = await writeXlsx(wb);
    const files = unzipSync(bytes);
    const part = Object.keys(files).find(
      (f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f) && strFromU8(files[f]!).includes("<colBreaks"),
    );
    const xml = strFromU8(files[part!]!);
    // A break above 0-based row 55 is OOXML's break after 1-based row 55; a column break's id is the column's 0-based index.
    expect(xml.match(/<rowBreaks.*<\/colBreaks>/)?.[0]).toBe(
      '<rowBreaks count="2" manualBreakCount="2"><brk id="55" max="16838" man="1"/><brk id="134" max="16838" man="1"/></rowBreaks>' +
        '<colBreaks count="2" manualBreakCount="2"><brk id="27" max="1048575" man="1"/><brk id="106" max="1048575" man="1"/></colBreaks>',
    );
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
    expect(sheet(again, "Pohon").pageSetup).toMatchObject({
      paperSize: 8,
      scale: 57,
      fitToPage: false,
      margins,
    });
  });

  it("leaves the footer alone when a plan turns page numbers off", async () => {
    const wb = new ExcelJS.Workbook();
    applyPlan(wb, {
      sheets: [{ name: "Polos", mode: "replace", print: { landscape: true, pageNumbers: false } }],
    });
    expect(sheet(await saved(wb), "Polos").headerFooter?.oddFooter).toBeUndefined();
  });

  it("makes the range an Excel table, drop-down lists and conditional fills by equality", async () => {
    const wb = new ExcelJS.Workbook();
    applyPlan(wb, { sheets: [REPORT] });
    const ws = sheet(await saved(wb), "Laporan");
    const table = (ws.getTables() as unknown as { table: { name: string; tableRef: string } }[])[0]!.table;
    expect([table.name, table.tableRef]).toEqual(["tbl_Laporan", "A1:D5"]);
    const dv = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    expect(dv.D2).toMatchObject({
      type: "list",
      formulae: ['"Tinggi,Sangat Tinggi,Rendah"'],
      errorStyle: "stop",
    });
    expect(dv.D5).toEqual(dv.D2);
    expect(dv.A3).toMatchObject({
      type: "list",
      formulae: ["'Tujuan RPD'!$A$2:$A$2000"],
      errorStyle: "warning",
    });
    const cf = (
      ws as unknown as {
        conditionalFormattings: { ref: string; rules: ExcelJS.ConditionalFormattingRule[] }[];
      }
    ).conditionalFormattings;
    expect(
      cf.map((c) => [c.ref, c.rules.map((r) => [r.type, (r as ExcelJS.ExpressionRuleType).formulae])]),
    ).toEqual([
      [
        "D2:D5",
        [
          ["expression", ['D2="Tinggi"']],
          ["expression", ['D2="Rendah"']],
        ],
      ],
    ]);
  });

  it("replaces a sheet at the same tab position, creates only missing sheets and updates in place", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Awal").getCell("A1").value = "tetap";
    wb.addWorksheet("Laporan").getCell("Z9").value = "lama";
    wb.addWorksheet("Tujuan RPD").getCell("A1").value = "milik pengguna";
    wb.addWorksheet("Catatan").getCell("A1").value = "satu";
    const plan: WorkbookPlan = {
      sheets: [
        { name: "laporan", mode: "replace", blocks: [{ row: 0, col: 0, values: [["baru"]] }] },
        { name: "TUJUAN  RPD", mode: "create", blocks: [{ row: 0, col: 0, values: [["jangan ditulis"]] }] },
        { name: "Catatan", mode: "update", blocks: [{ row: 1, col: 0, values: [["dua"]] }] },
        { name: "Program", mode: "create", blocks: [{ row: 0, col: 0, values: [["Kode"]] }] },
      ],
      activate: { sheet: "Catatan", range: { row: 1, col: 0 } },
    };
    expect(applyPlan(wb, plan)).toEqual([]);
    const after = await saved(wb);
    expect(after.worksheets.map((ws) => ws.name)).toEqual([
      "Awal",
      "laporan",
      "Tujuan RPD",
      "Catatan",
      "Program",
    ]);
    const data = await readXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(data.sheets.map((s) => s.values)).toEqual([
      [["tetap"]],
      [["baru"]],
      [["milik pengguna"]],
      [["satu"], ["dua"]],
      [["Kode"]],
    ]);
    expect(after.views[0]?.activeTab).toBe(3);
    expect(sheet(after, "Catatan").views[0]).toMatchObject({ activeCell: "A2" });
  });

  it("warns instead of failing for shapes, overlapping merges, a too-long list and a taken table name", () => {
    const wb = new ExcelJS.Workbook();
    const box = {
      id: "1",
      left: 0,
      top: 0,
      width: 10,
      height: 10,
      text: "x",
      fill: "#FFFFFF",
      fontColor: "#000000",
      lineColor: "#000000",
    };
    const warnings = applyPlan(wb, {
      sheets: [
        {
          name: "A",
          mode: "replace",
          blocks: [{ row: 0, col: 0, values: [["h"], ["v"]] }],
          table: { name: "tbl_X", range: { row: 0, col: 0, rows: 2 } },
        },
        {
          name: "B",
          mode: "replace",
          blocks: [{ row: 0, col: 0, values: [["h"], ["v"]] }],
          merges: [
            { row: 5, col: 0, cols: 2 },
            { row: 5, col: 1, cols: 2 },
          ],
          validations: [
            { range: { row: 1, col: 0 }, list: Array.from({ length: 60 }, (_, i) => `Pilihan ${i}`) },
          ],
          table: { name: "tbl_X", range: { row: 0, col: 0, rows: 2 } },
          shapes: { boxes: [box], connectors: [] },
        },
      ],
    });
    expect(warnings.map((w) => [w.sheet, w.message.en.split(" ").slice(0, 3).join(" ")])).toEqual([
      ["B", "Cells B6:C6 could"],
      ["B", "The table name"],
      ["B", "The drop-down list"],
      ["B", "Shapes cannot be"],
    ]);
  });

  it("gives a header-only table one empty data row, as Excel requires", async () => {
    const wb = new ExcelJS.Workbook();
    applyPlan(wb, {
      sheets: [
        {
          name: "Program",
          mode: "create",
          blocks: [{ row: 0, col: 0, values: [["Kode", "Uraian"]] }],
          table: { name: "tbl_Program", range: { row: 0, col: 0, cols: 2 } },
        },
      ],
    });
    const ws = sheet(await saved(wb), "Program");
    const table = (
      ws.getTables() as unknown as { table: { tableRef: string; columns: { name: string }[] } }[]
    )[0]!.table;
    expect([table.tableRef, table.columns.map((c) => c.name)]).toEqual(["A1:B2", ["Kode", "Uraian"]]);
  });
});
