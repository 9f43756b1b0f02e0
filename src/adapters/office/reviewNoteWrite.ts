import {
  reviewNoteAction,
  type ActionContext,
  type Problem,
  type ReviewNoteRequest,
} from "../../core/actions";
import { REVIEW_SHEET, SETTINGS_SHEET } from "../../core/sheets";
import { applyOfficePlan } from "./applyPlan";
import type { OfficeCapabilities } from "./capabilities";
import { readSheetsAndTables } from "./sheetsAndTables";

export interface ReviewNoteWritten {
  readonly problem?: Problem;
  /** The 0-based row of `Catatan Reviu` written. */
  readonly row?: number;
  /** Syncs of the write itself (1). */
  readonly writeSyncs?: number;
}

/**
 * Kecualikan… / Tandai perlu perbaikan in Excel (SPEC §13): reads Pengaturan, `Catatan Reviu`
 * and the tables (2 syncs), then writes the note's one row, creating the sheet with its table
 * and drop-downs when it is missing, in one sync (the table grows over the row on ExcelApi 1.13).
 * @param context the request context of the running `Excel.run`
 * @param request the finding and the note
 * @param action the language and "now" (the note's Tanggal)
 * @param caps what the running Excel supports
 * @returns the row written, or the problem (nothing written)
 * @example await runExcel((c) => addReviewNoteInExcel(c, { finding, kind: "fix", catatan: "" }, ctx));
 */
export async function addReviewNoteInExcel(
  context: Excel.RequestContext,
  request: ReviewNoteRequest,
  action: ActionContext,
  caps?: OfficeCapabilities,
): Promise<ReviewNoteWritten> {
  const read = await readSheetsAndTables(context, [SETTINGS_SHEET, REVIEW_SHEET]);
  const out = reviewNoteAction(read.workbook, request, action);
  if (!out.plan) return { problem: out.problem };
  const applied = await applyOfficePlan(context, out.plan, {
    existingSheets: read.sheetNames,
    tables: read.tables,
    ...(caps ? { capabilities: caps } : {}),
  });
  return { row: out.row, writeSyncs: applied.syncs };
}
