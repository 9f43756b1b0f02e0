import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import type { FormatPlan, PlanValue, SheetPlan, WorkbookPlan } from "../../core/plans/types";
import { argb, bounds } from "./planCells";
import { scaleRule } from "./scaleRules";

/**
 * Writes a plan for a NEW workbook with ExcelJS's streaming writer (Node only): rows go to disk
 * as they are made, so an 80,000-row Pemda workbook (SPEC §9, §11) never sits whole in memory.
 * Supports what such plans use: value blocks (strings always as text), formats (font, fill,
 * number format, wrap), column widths, frozen panes, tab colours and colour scales / data bars.
 * The file is written under a temporary name and renamed when complete.
 * @param plan the plan (every sheet is created)
 * @param path where to write
 * @example await writePlanStream(gabungPlan(input, opts).plan, "pemda.xlsx");
 */
export async function writePlanStream(plan: WorkbookPlan, path: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: tmp,
      useStyles: true,
      useSharedStrings: true,
    });
    wb.creator = "Pokin";
    for (const sheet of plan.sheets) writeSheet(wb, sheet);
    await wb.commit();
    await fs.rename(tmp, path);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

function writeSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, plan: SheetPlan): void {
  const tab = argb(plan.tabColor);
  const ws = wb.addWorksheet(plan.name, {
    ...(tab ? { properties: { tabColor: { argb: tab } } } : {}),
    ...(plan.freeze
      ? { views: [{ state: "frozen", ySplit: plan.freeze.rows, xSplit: plan.freeze.cols ?? 0 }] }
      : {}),
  });
  for (const { col, width } of plan.columnWidths ?? []) ws.getColumn(col + 1).width = width;
  const grid: (PlanValue[] | undefined)[] = [];
  for (const block of plan.blocks ?? []) {
    block.values.forEach((vals, i) => {
      const row = (grid[block.row + i] ??= []);
      vals.forEach((v, j) => (row[block.col + j] = v));
    });
  }
  const formats = (plan.formats ?? []).map((f) => ({ f, b: bounds(f.range) }));
  for (let r = 0; r < grid.length; r++) {
    const values = grid[r];
    const here = formats.filter(({ b }) => b.top <= r && r <= b.bottom);
    if (!values && here.length === 0) continue;
    const row = ws.getRow(r + 1);
    values?.forEach((v, c) => {
      if (v === null || v === undefined) return;
      // A plain string is always text: only a { formula } object is a formula.
      row.getCell(c + 1).value =
        typeof v === "object"
          ? ({ formula: v.formula.replace(/^=/, ""), result: v.result } as ExcelJS.CellFormulaValue)
          : v;
    });
    for (const { f, b } of here) for (let c = b.left; c <= b.right; c++) styleCell(row.getCell(c + 1), f);
    row.commit();
  }
  for (const scale of plan.scales ?? []) {
    const rule = scaleRule(scale);
    if (rule) ws.addConditionalFormatting(rule);
  }
  ws.commit();
}

function styleCell(cell: ExcelJS.Cell, f: FormatPlan): void {
  if (f.numberFormat !== undefined) cell.numFmt = f.numberFormat;
  const font: Partial<ExcelJS.Font> = { name: "Calibri" };
  if (f.bold !== undefined) font.bold = f.bold;
  if (f.italic !== undefined) font.italic = f.italic;
  if (f.fontSize !== undefined) font.size = f.fontSize;
  const color = argb(f.fontColor);
  if (color) font.color = { argb: color };
  if (Object.keys(font).length > 1) cell.font = { ...cell.font, ...font };
  const fill = argb(f.fill);
  if (fill)
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill }, bgColor: { argb: fill } };
  if (f.wrap !== undefined || f.vAlign !== undefined || f.hAlign !== undefined) {
    cell.alignment = {
      ...cell.alignment,
      ...(f.wrap !== undefined ? { wrapText: f.wrap } : {}),
      ...(f.vAlign !== undefined ? { vertical: f.vAlign } : {}),
      ...(f.hAlign !== undefined ? { horizontal: f.hAlign } : {}),
    };
  }
}
