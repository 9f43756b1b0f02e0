import type ExcelJS from "exceljs";
import { a1 } from "../../core/a1";
import type { RangeRef, SheetPlan } from "../../core/plans/types";
import { nameKey } from "../../core/text";
import { rangeAddress } from "./planCells";

type View = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean; activeCell?: string };

/**
 * Sets a sheet's view from its plan: frozen rows/columns and gridlines, keeping the rest of
 * the view (zoom, selection) as it was.
 * @param ws the worksheet
 * @param plan the sheet's plan
 * @example applyView(ws, { name: "Program", mode: "create", freeze: { rows: 1 } });
 */
export function applyView(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  if (!plan.freeze && plan.showGridlines === undefined) return;
  const current = (ws.views[0] ?? {}) as View;
  const view: View = { ...current };
  view.state ??= "normal";
  if (plan.freeze) {
    const rows = Math.max(0, plan.freeze.rows);
    const cols = Math.max(0, plan.freeze.cols ?? 0);
    Object.assign(view, { state: "frozen", xSplit: cols, ySplit: rows, topLeftCell: a1(rows, cols) });
  }
  if (plan.showGridlines !== undefined) view.showGridLines = plan.showGridlines;
  ws.views = [view as ExcelJS.WorksheetView];
}

/**
 * Makes a sheet the active tab (and selects a range in it); other sheets are unselected so
 * Excel does not open them grouped.
 * @param wb the workbook
 * @param name the sheet to activate (matched like SPEC §3 names)
 * @param range the range to select, if any
 * @example activateSheet(wb, "Hasil Pemeriksaan", { row: 0, col: 0 });
 */
export function activateSheet(wb: ExcelJS.Workbook, name: string, range?: RangeRef): void {
  const sheets = wb.worksheets;
  const index = sheets.findIndex((ws) => nameKey(ws.name) === nameKey(name));
  if (index < 0) return;
  sheets.forEach((ws, i) => {
    // ExcelJS writes the selection only for a view with a state.
    const view: View = { ...((ws.views?.[0] ?? {}) as View), tabSelected: i === index };
    view.state ??= "normal";
    if (i === index && range) view.activeCell = rangeAddress({ ...range, rows: 1, cols: 1 });
    ws.views = [view as ExcelJS.WorksheetView];
  });
  const bookView = wb.views?.[0] ?? { x: 0, y: 0, width: 10000, height: 20000, visibility: "visible" };
  wb.views = [{ ...bookView, firstSheet: 0, activeTab: index } as ExcelJS.WorkbookView];
}
