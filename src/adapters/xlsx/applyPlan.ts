/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS cells, not Office.js proxies: nothing to load or sync. */
import type ExcelJS from "exceljs";
import type { CellBlock, PlanValue, SheetPlan, WorkbookPlan } from "../../core/plans/types";
import { nameKey } from "../../core/text";
import { applyFormats } from "./applyFormats";
import { applyPrint } from "./applyPrint";
import { applyTable } from "./applyTable";
import { copyWorksheet } from "./copySheet";
import { growTables } from "./growTables";
import { applyConditionalFormats, applyValidations } from "./applyValidations";
import { argb, bounds, rangeAddress, type PlanWarnings } from "./planCells";
import { activateSheet, applyView } from "./applyView";

export type { PlanWarning, PlanWarnings } from "./planCells";

/** Excel's limit on the characters of one cell. */
const MAX_CELL_CHARS = 32767;

/**
 * Applies a write plan to an ExcelJS workbook (Node or browser): sheets by mode, values (plain
 * strings always as text, formulas with their cached result), formats, merges, sizes, frozen
 * panes, a table, drop-downs, conditional fills, print setup, tab colour and gridlines. A new
 * sheet with `copyOf` starts as a whole copy of that sheet; rows an update writes directly below
 * a table become part of it.
 * ExcelJS cannot draw shapes: a plan's `shapes` are skipped with a warning (plans that have
 * shapes also draw the diagram in cells).
 * @param wb the workbook to change
 * @param plan what to write
 * @returns what could not be written as planned (empty when everything was)
 * @example const warnings = applyPlan(wb, templatePlan(EMPTY_TEMPLATE, "id"));
 */
export function applyPlan(wb: ExcelJS.Workbook, plan: WorkbookPlan): PlanWarnings {
  const warnings: PlanWarnings = [];
  for (const sheet of plan.sheets) {
    const ws = prepareSheet(wb, sheet, warnings);
    if (ws) applySheet(wb, ws, sheet, warnings);
  }
  if (plan.activate) activateSheet(wb, plan.activate.sheet, plan.activate.range);
  return warnings;
}

/** Finds a worksheet the way SPEC §3 matches names: case-insensitively, ignoring extra spaces. */
export function findWorksheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const key = nameKey(name);
  return wb.worksheets.find((ws) => nameKey(ws.name) === key);
}

/** The sheet to write into, or undefined when the plan leaves it alone (`create` of an existing sheet). */
function prepareSheet(
  wb: ExcelJS.Workbook,
  plan: SheetPlan,
  warnings: PlanWarnings,
): ExcelJS.Worksheet | undefined {
  const existing = findWorksheet(wb, plan.name);
  if (existing && plan.mode !== "replace") return plan.mode === "update" ? existing : undefined;
  try {
    if (!existing) return plan.copyOf ? copyOf(wb, plan, warnings) : wb.addWorksheet(plan.name);
    // Replace keeps the tab where it was: the new sheet takes the old one's order number.
    const orderNo = (existing as unknown as { orderNo: number }).orderNo;
    wb.removeWorksheet(existing.id);
    const ws = wb.addWorksheet(plan.name);
    (ws as unknown as { orderNo: number }).orderNo = orderNo;
    return ws;
  } catch (err) {
    const why = err instanceof Error ? err.message.split("\n")[0] : String(err);
    warnings.push({
      sheet: plan.name,
      message: {
        id: `Lembar '${plan.name}' tidak dapat dibuat (${why}).`,
        en: `The sheet '${plan.name}' could not be created (${why}).`,
      },
    });
    return undefined;
  }
}

/** A new sheet copied whole from `plan.copyOf`; an empty one, with a warning, when that is missing. */
function copyOf(wb: ExcelJS.Workbook, plan: SheetPlan, warnings: PlanWarnings): ExcelJS.Worksheet {
  const source = findWorksheet(wb, plan.copyOf ?? "");
  if (source) return copyWorksheet(wb, source, plan.name);
  warnings.push({
    sheet: plan.name,
    message: {
      id: `Lembar '${plan.copyOf}' tidak ada; '${plan.name}' dibuat kosong.`,
      en: `There is no sheet '${plan.copyOf}'; '${plan.name}' was created empty.`,
    },
  });
  return wb.addWorksheet(plan.name);
}

function applySheet(
  wb: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  plan: SheetPlan,
  warnings: PlanWarnings,
): void {
  for (const block of plan.blocks ?? []) writeBlock(ws, block, warnings);
  // Rows appended just below a level sheet's table (pokin init, Templat) belong to the table.
  if (plan.mode === "update" && plan.blocks) growTables(ws, plan.blocks);
  for (const m of plan.merges ?? []) {
    const b = bounds(m);
    if (b.top === b.bottom && b.left === b.right) continue;
    try {
      ws.mergeCells(b.top + 1, b.left + 1, b.bottom + 1, b.right + 1);
    } catch {
      warnings.push({
        sheet: ws.name,
        message: {
          id: `Sel ${rangeAddress(m)} tidak dapat digabung (tumpang tindih dengan gabungan lain).`,
          en: `Cells ${rangeAddress(m)} could not be merged (they overlap another merge).`,
        },
      });
    }
  }
  // Formats after merges: ExcelJS's mergeCells copies the first cell's style over the whole
  // range, which would wipe the right and bottom borders of a merged, outlined box.
  if (plan.formats) applyFormats(ws, plan.formats);
  for (const { col, width } of plan.columnWidths ?? []) ws.getColumn(col + 1).width = width;
  for (const { row, height } of plan.rowHeights ?? []) ws.getRow(row + 1).height = height;
  applyView(ws, plan);
  if (plan.table) applyTable(wb, ws, plan.table, warnings);
  if (plan.validations) applyValidations(ws, plan.validations, warnings);
  if (plan.conditionalFormats) applyConditionalFormats(ws, plan.conditionalFormats);
  if (plan.print) applyPrint(ws, plan.print);
  const tab = argb(plan.tabColor);
  if (tab) ws.properties.tabColor = { argb: tab };
  if (plan.shapes && plan.shapes.boxes.length > 0) {
    warnings.push({
      sheet: ws.name,
      message: {
        id: "Bentuk (shapes) tidak dapat ditulis ke berkas .xlsx oleh baris perintah; diagram digambar dengan sel.",
        en: "Shapes cannot be written to an .xlsx file by the command line; the diagram is drawn with cells.",
      },
    });
  }
}

function writeBlock(ws: ExcelJS.Worksheet, block: CellBlock, warnings: PlanWarnings): void {
  block.values.forEach((values, r) => {
    const row = ws.getRow(block.row + r + 1);
    values.forEach((value, c) => {
      const cell = row.getCell(block.col + c + 1);
      // A cell covered by a merge forwards writes to the merge's first cell: leave it alone.
      if (cell.isMerged && cell.master !== cell) return;
      cell.value = cellValue(value, ws.name, cell.address, warnings);
    });
  });
}

/** A plan value as an ExcelJS value: strings stay text (ExcelJS never parses "=…" as a formula). */
function cellValue(v: PlanValue, sheet: string, address: string, warnings: PlanWarnings): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v;
  if (typeof v === "string") {
    if (v.length <= MAX_CELL_CHARS) return v;
    warnings.push({
      sheet,
      message: {
        id: `Teks di ${address} dipotong menjadi ${MAX_CELL_CHARS} karakter (batas Excel).`,
        en: `The text in ${address} was cut to ${MAX_CELL_CHARS} characters (Excel's limit).`,
      },
    });
    return v.slice(0, MAX_CELL_CHARS);
  }
  const formula = v.formula.trim().replace(/^=/, "");
  return v.result === undefined ? { formula } : { formula, result: v.result };
}
