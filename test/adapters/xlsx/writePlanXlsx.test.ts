import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { isReadFailure, readXlsxFile } from "../../../src/adapters/xlsx/readFile";
import { writePlanXlsx } from "../../../src/adapters/xlsx/writer/writePlanXlsx";
import type { WorkbookPlan } from "../../../src/core/plans/types";
import { convertWithLibreOffice, hasSoffice } from "../../helpers/libreOffice";

if (!hasSoffice)
  console.warn("[skip] soffice (LibreOffice) is not installed: the LibreOffice part is skipped.");

const PLAN: WorkbookPlan = {
  sheets: [
    {
      name: "Isi & <Data>",
      mode: "replace",
      tabColor: "#7030A0",
      blocks: [
        { row: 0, col: 0, values: [["Kode", "Nilai", "Teks"]] },
        {
          row: 1,
          col: 0,
          values: [
            ["1.10", 0.25, "=1+1"],
            ["2", 1, "@x"],
            ["3", 1.5, "  a & <b>\u0001 "],
          ],
        },
        { row: 4, col: 0, values: [[{ formula: "=SUM(B2:B4)", result: 2.75 }, true, ""]] },
      ],
      formats: [
        { range: { row: 0, col: 0, cols: 3 }, bold: true, fill: "#D9E1F2", wrap: true },
        { range: { row: 1, col: 1, rows: 3 }, numberFormat: "0.0%", hAlign: "right" },
        { range: { row: 1, col: 1 }, fontColor: "#C00000", border: { style: "thin" } },
      ],
      columnWidths: [
        { col: 0, width: 16 },
        { col: 2, width: 40 },
      ],
      rowHeights: [{ row: 2, height: 30 }],
      freeze: { rows: 1, cols: 1 },
      merges: [{ row: 6, col: 0, cols: 3 }],
      scales: [
        { range: { row: 1, col: 1, rows: 3 }, low: "#F8696B", mid: "#FFEB84", high: "#63BE7B" },
        { range: { row: 1, col: 0, rows: 3 }, bar: "#63BE7B" },
      ],
      validations: [{ range: { row: 1, col: 2, rows: 3 }, list: ["Standar", "Rasio"], allowOther: true }],
      table: { name: "tbl_Isi", range: { row: 0, col: 0, rows: 4, cols: 3 } },
      print: { landscape: true, fitToWidth: true, paperSize: "A4", repeatRows: [0, 0] },
    },
    { name: "Kedua", mode: "replace", blocks: [{ row: 0, col: 0, values: [["x"]] }] },
  ],
  activate: { sheet: "Kedua" },
};

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-writer-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("writePlanXlsx(plan, path): Pokin's own .xlsx writer", () => {
  it("writes values (strings always text), styles, widths, heights, panes, merges, scales, lists, table and print setup as ExcelJS reads them", async () => {
    const file = path.join(dir, "plan.xlsx");
    await writePlanXlsx(PLAN, file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Isi & <Data>", "Kedua"]);
    const ws = wb.getWorksheet("Isi & <Data>")!;
    const grid = [1, 2, 3, 4].map((r) => [1, 2, 3].map((c) => ws.getCell(r, c).value));
    expect(grid).toEqual([
      ["Kode", "Nilai", "Teks"],
      ["1.10", 0.25, "=1+1"],
      ["2", 1, "@x"],
      ["3", 1.5, "  a & <b> "],
    ]);
    expect([ws.getCell("A5").value, ws.getCell("B5").value]).toEqual([
      { formula: "SUM(B2:B4)", result: 2.75 },
      true,
    ]);
    expect([ws.getCell("A1").font?.bold, ws.getCell("C1").fill]).toEqual([
      true,
      { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" }, bgColor: { argb: "FFD9E1F2" } },
    ]);
    expect(ws.getCell("A1").alignment?.wrapText).toBe(true);
    expect([
      ws.getCell("B2").numFmt,
      ws.getCell("B3").numFmt,
      ws.getCell("B2").alignment?.horizontal,
    ]).toEqual(["0.0%", "0.0%", "right"]);
    expect([ws.getCell("B2").font?.color, ws.getCell("B2").border?.top?.style]).toEqual([
      { argb: "FFC00000" },
      "thin",
    ]);
    expect([ws.getColumn(1).width, ws.getColumn(3).width, ws.getRow(3).height]).toEqual([16, 40, 30]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect(ws.properties.tabColor).toEqual({ argb: "FF7030A0" });
    expect(ws.getCell("A7").isMerged && ws.getCell("C7").master.address).toBe("A7");
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] })
      .conditionalFormattings;
    expect(cf.map((c) => [c.ref, c.rules[0]!.type])).toEqual([
      ["B2:B4", "colorScale"],
      ["A2:A4", "dataBar"],
    ]);
    expect(ws.getCell("C3").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Standar,Rasio"'],
      errorStyle: "warning",
    });
    expect(Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables)).toEqual(["tbl_Isi"]);
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9,
    });
    // The active sheet is the plan's, and only it is selected.
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    expect(await zip.file("xl/workbook.xml")!.async("string")).toContain('activeTab="1"');
    expect(await zip.file("xl/workbook.xml")!.async("string")).toContain("_xlnm.Print_Titles");
    expect(fs.readdirSync(dir)).toEqual(["plan.xlsx"]);
  });

  it("reads back through Pokin's own reader", async () => {
    const file = path.join(dir, "plan.xlsx");
    const read = await readXlsxFile(file);
    if (isReadFailure(read)) throw new Error(read.message.en);
    expect(read.sheets[0]!.values.slice(0, 4)).toEqual([
      ["Kode", "Nilai", "Teks"],
      ["1.10", 0.25, "=1+1"],
      ["2", 1, "@x"],
      ["3", 1.5, "  a & <b> "],
    ]);
  });

  it("refuses what it cannot write, leaving no file", async () => {
    const file = path.join(dir, "refused.xlsx");
    const plan: WorkbookPlan = { sheets: [{ name: "A", mode: "replace", copyOf: "B" }] };
    await expect(writePlanXlsx(plan, file)).rejects.toThrow("writePlanXlsx cannot write copyOf (sheet A)");
    expect(fs.existsSync(file)).toBe(false);
  });

  (hasSoffice ? it : it.skip)(
    "opens in LibreOffice Calc, which keeps its text, colour scale, data bar, list and table when it saves",
    async () => {
      // One soffice call: what Calc read is what it saves.
      const out = convertWithLibreOffice(path.join(dir, "lo"), [path.join(dir, "plan.xlsx")], {
        to: "xlsx",
        outdir: path.join(dir, "lo-saved"),
      });
      const savedFile = path.join(out, "plan.xlsx");
      // Text stays text (never a formula); numbers keep their percent style.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(savedFile);
      const ws = wb.getWorksheet("Isi & <Data>")!;
      expect([1, 2, 3].map((r) => [1, 2, 3].map((c) => ws.getCell(r, c).value))).toEqual([
        ["Kode", "Nilai", "Teks"],
        ["1.10", 0.25, "=1+1"],
        ["2", 1, "@x"],
      ]);
      expect([ws.getCell("B2").numFmt, ws.getCell("B3").numFmt]).toEqual(["0.0%", "0.0%"]);
      const saved = execFileSync("unzip", ["-p", savedFile, "xl/worksheets/sheet1.xml"], {
        encoding: "utf8",
      });
      expect(saved).toMatch(/<conditionalFormatting sqref="B2:B4"><cfRule type="colorScale"/);
      expect(saved).toMatch(/<conditionalFormatting sqref="A2:A4"><cfRule type="dataBar"/);
      expect(saved).toMatch(/<dataValidation [^>]*type="list"/);
      expect(saved).toContain("<tableParts");
      const styles = execFileSync("unzip", ["-p", savedFile, "xl/styles.xml"], { encoding: "utf8" });
      expect(styles).toContain('formatCode="0.0%"');
    },
  );
});
