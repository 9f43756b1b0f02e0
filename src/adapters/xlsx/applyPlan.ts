import type ExcelJS from "exceljs";
import type { SheetPlan, WorkbookPlan } from "../../core/plans/types";
import { applyFormats } from "./applyFormats";
import { applyPrint } from "./applyPrint";
import { applyTable } from "./applyTable";
import { growTables } from "./growTables";
import { installLinearMerges } from "./linearMerges";
import { applyConditionalFormats, applyValidations } from "./applyValidations";
import { scaleRule } from "./scaleRules";
import { argb, bounds, rangeAddress, type PlanWarnings } from "./planCells";
import { activateSheet, applyView } from "./applyView";
import { prepareSheet } from "./prepareSheet";
import { writeBlock } from "./writeBlock";

export type { PlanWarning, PlanWarnings } from "./planCells";
export { findWorksheet } from "./prepareSheet";

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
  installLinearMerges();
  const warnings: PlanWarnings = [];
  for (const sheet of plan.sheets) {
    const ws = prepareSheet(wb, sheet, warnings);
    if (ws) applySheet(wb, ws, sheet, warnings);
  }
  if (plan.activate) activateSheet(wb, plan.activate.sheet, plan.activate.range);
  return warnings;
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
  for (const scale of plan.scales ?? []) {
    const rule = scaleRule(scale);
    if (rule) ws.addConditionalFormatting(rule);
  }
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
