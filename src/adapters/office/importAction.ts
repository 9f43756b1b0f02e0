import {
  importAction,
  importPreviewAction,
  importSources,
  problemOf,
  type ImportRequest,
  type Problem,
} from "../../core/actions";
import type { ColumnOverride, ImportPreview, LevelMerge } from "../../core/import";
import { coalesceBlocks } from "../../core/plans/coalesceBlocks";
import type { Msg } from "../../core/messages";
import type { RangeRef } from "../../core/plans/types";
import { SETTINGS_SHEET } from "../../core/sheets";
import type { WorkbookData } from "../../core/sheet";
import { nameKey } from "../../core/text";
import { applyOfficePlan } from "./applyPlan";
import { hostCapabilities } from "./capabilities";
import type { ActionOptions } from "./checkAction";
import { copyAsBlocks } from "./copyAsBlocks";
import { readForImport, splitAddress, type TemplateSource } from "./importRead";
import { toSheetData } from "./readWorkbook";
import { runExcel } from "./runAction";

/** What the planner chose in Impor: the template's place and the mapping changes (column → role). */
export interface ExcelImportRequest extends TemplateSource {
  readonly overrides?: readonly ColumnOverride[];
}

export interface ExcelImportSources {
  /** The sheets a template can be read from: not a level sheet, not one of Pokin's own. */
  readonly sheets: readonly string[];
  /** The selection's address, e.g. `Renja!A5:G40`. */
  readonly selection: string;
}

export interface ExcelImportPreview {
  readonly preview: ImportPreview;
  /** Where the template was read: pass these to {@link importInExcel} (the selection may move). */
  readonly sheet: string;
  readonly range?: string;
}

export type ExcelImportResult =
  | {
      readonly preview: ImportPreview;
      readonly levels: readonly LevelMerge[];
      /** The sheets written, backups first. */
      readonly sheets: readonly string[];
      /** The workbook's values after the import (check it without reading again). */
      readonly workbook: WorkbookData;
      readonly problem?: undefined;
    }
  | { readonly problem: Problem; readonly preview?: ImportPreview };

/**
 * Impor's choices in Excel (2 syncs): sync 1 the sheet names and the selection's address,
 * sync 2 Pengaturan (for the level names).
 * @throws PokinExcelError with a message for the user
 * @example const { sheetNames, selection } = await importSourcesInExcel();
 */
export async function importSourcesInExcel(options: ActionOptions = {}): Promise<ExcelImportSources> {
  return runExcel(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const selected = context.workbook.getSelectedRange();
    selected.load("address");
    await context.sync();
    const settings = worksheets.items.find((ws) => nameKey(ws.name) === nameKey(SETTINGS_SHEET));
    const used = settings?.getUsedRangeOrNullObject(true);
    used?.load("values,numberFormat,rowIndex,columnIndex");
    await context.sync();
    const data = { sheets: settings ? [toSheetData(settings.name, used)] : [] };
    const names = worksheets.items.map((ws) => ws.name);
    return { sheets: importSources(names, data, options.now ?? new Date()), selection: selected.address };
  }, options);
}

/**
 * Impor's preview in Excel, in one `Excel.run` and two syncs at any size (see `readForImport`):
 * the mapping detected (with the planner's changes) and every row read. Nothing is written.
 * @throws PokinExcelError with a message for the user
 * @example const { preview, sheet, range } = await previewInExcel({ overrides: [{ col: 5, role: { kind: "target", year: 2026 } }] });
 */
export async function previewInExcel(
  request: ExcelImportRequest,
  options: ActionOptions = {},
): Promise<ExcelImportPreview> {
  const caps = options.capabilities ?? hostCapabilities();
  return runExcel(async (context) => {
    const read = await readForImport(context, request, { tables: false, formulas: false }, caps);
    const where = "problem" in read ? fallbackSource(request) : { sheet: read.sheet, range: read.range };
    if ("problem" in read) return { ...where, preview: failed(where.sheet, read.problem) };
    const { preview } = importPreviewAction(
      read.workbook,
      sourceOf(read, request),
      options.now ?? new Date(),
    );
    return { preview, ...where };
  }, options);
}

/**
 * Impor in Excel, in one `Excel.run` and three syncs at any size under the payload limit:
 * sync 1 names (and tables), sync 2 every used range, the template's merged areas and the
 * tables' places, then the preview and the plan are computed, and sync 3 writes it: whole-sheet
 * backups (`worksheet.copy`, ExcelApi 1.10; a values-and-formulas copy before), level rows
 * updated by Kode or appended (none deleted), and tables resized over appended rows (1.13).
 * Nothing is written when the template cannot be read or a mapping change is not understood.
 * @param request the sheet and range the preview used, and the mapping changes
 * @throws PokinExcelError with a message for the user
 * @example const result = await importInExcel({ sheet: "Renja", overrides: [{ col: 5, role: { kind: "skip" } }] });
 */
export async function importInExcel(
  request: ExcelImportRequest,
  options: ActionOptions = {},
): Promise<ExcelImportResult> {
  const caps = options.capabilities ?? hostCapabilities();
  return runExcel(async (context) => {
    const now = options.now ?? new Date();
    const copies = caps.excelApi(10);
    const read = await readForImport(context, request, { tables: true, formulas: !copies }, caps);
    if ("problem" in read) return { problem: problemOf("problem.source", read.problem) };
    const imported = importAction(read.workbook, sourceOf(read, request), now);
    if (imported.problem) return imported;
    const { plan, preview, levels, workbook } = imported;
    // One 2-D write per run of appended rows: the request stays small at any size.
    const written = coalesceBlocks(copies ? plan : copyAsBlocks(plan, read.cells));
    await applyOfficePlan(context, written, {
      ...options,
      capabilities: caps,
      existingSheets: read.sheetNames,
      tables: read.tables,
      textCells: read.textCells,
    });
    return { preview, levels, sheets: plan.sheets.map((s) => s.name), workbook };
  }, options);
}

function sourceOf(
  read: { sheet: string; range?: string; merges: readonly RangeRef[] },
  request: ExcelImportRequest,
): ImportRequest {
  return {
    sheet: read.sheet,
    merges: read.merges,
    ...(read.range ? { range: read.range } : {}),
    ...(request.overrides ? { overrides: request.overrides } : {}),
  };
}

function fallbackSource(request: ExcelImportRequest): { sheet: string; range?: string } {
  return request.sheet !== undefined ? { sheet: request.sheet } : splitAddress("");
}

function failed(sheet: string, problem: Msg): ImportPreview {
  const coded = { code: "problem.source", ...problem };
  return {
    sheet,
    problem: coded,
    mapProblems: [],
    reports: [],
    content: { settings: [], levels: [], notes: [] },
  };
}
