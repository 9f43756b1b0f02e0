import { insertCapaianAction, type InsertCapaianRequest, type Problem } from "../../core/actions";
import { columnLetters } from "../../core/a1";
import { cellText, nameKey } from "../../core/text";
import { SETTINGS_SHEET } from "../../core/sheets";
import { applyOfficePlan } from "./applyPlan";
import type { OfficeCapabilities } from "./capabilities";
import { parseBox, type Box } from "./changeBox";
import { splitAddress } from "./importRead";
import { toSheetData } from "./readWorkbook";

/** The user's selection as "Sisipkan rumus capaian" offers it: where, and its first row's texts. */
export interface CapaianSelection {
  readonly sheet: string;
  readonly range: Box;
  /** One entry per selected column: its letter and its first cell's text (a header, usually). */
  readonly columns: readonly { readonly col: number; readonly letter: string; readonly title: string }[];
}

/** Columns offered at most (a whole-row selection would offer 16,384). */
const MAX_COLUMNS = 60;

/**
 * Reads the selection for Sisipkan rumus capaian: its address (sync 1) and its first row (sync 2).
 * @returns the selection, or undefined when it is not one block of cells
 * @example const sel = await runExcel((c) => selectionForCapaian(c));
 */
export async function selectionForCapaian(
  context: Excel.RequestContext,
): Promise<CapaianSelection | undefined> {
  const selected = context.workbook.getSelectedRange();
  selected.load("address");
  await context.sync();
  const where = splitAddress(selected.address);
  const box = where.range && !where.range.includes(",") ? parseBox(where.range) : undefined;
  if (!box) return undefined;
  const cols = Math.min(box.cols, MAX_COLUMNS);
  const first = context.workbook.worksheets.getItem(where.sheet).getRangeByIndexes(box.row, box.col, 1, cols);
  first.load("values");
  await context.sync();
  const titles = first.values[0] ?? [];
  return {
    sheet: where.sheet,
    range: box,
    columns: Array.from({ length: cols }, (_, i) => ({
      col: box.col + i,
      letter: columnLetters(box.col + i),
      title: cellText(titles[i]),
    })),
  };
}

/**
 * Sisipkan rumus capaian in Excel: reads Pengaturan and the two columns right of the selection
 * (2 syncs), then writes the formulas as one range in one sync; refuses Pokin's own sheets and
 * cells that hold something (nothing written then).
 * @param context the request context of the running `Excel.run`
 * @param request the selection and its columns
 * @returns the two columns written, or the problem
 * @example await runExcel((c) => insertCapaianInExcel(c, request));
 */
export async function insertCapaianInExcel(
  context: Excel.RequestContext,
  request: InsertCapaianRequest,
  caps?: OfficeCapabilities,
): Promise<{ readonly problem?: Problem; readonly capaianCol?: number; readonly writeSyncs?: number }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const find = (name: string) => worksheets.items.find((ws) => nameKey(ws.name) === nameKey(name));
  const settings = find(SETTINGS_SHEET)?.getUsedRangeOrNullObject(true);
  settings?.load("values,numberFormat,rowIndex,columnIndex");
  const target = find(request.sheet);
  const { row, col, rows, cols } = request.range;
  const beside = target?.getRangeByIndexes(row, col + cols, rows, 2);
  beside?.load("values");
  await context.sync();
  const data = { sheets: settings ? [toSheetData(SETTINGS_SHEET, settings)] : [] };
  const out = insertCapaianAction(data, request, beside?.values ?? []);
  if (!out.plan) return { problem: out.problem };
  if (!target)
    return {
      problem: {
        code: "insert.noSheet",
        message: { id: `Lembar '${request.sheet}' tidak ada.`, en: `There is no sheet '${request.sheet}'.` },
      },
    };
  const applied = await applyOfficePlan(context, out.plan, {
    existingSheets: worksheets.items.map((ws) => ws.name),
    ...(caps ? { capabilities: caps } : {}),
  });
  return { capaianCol: out.capaianCol, writeSyncs: applied.syncs };
}
