import type { WorkbookPlan } from "../plans/types";
import type { WorkbookData } from "../sheet";
import { mergePlan, type LevelMerge } from "./merge/mergePlan";
import type { ImportPreview } from "./previewImport";

/**
 * The write plan of a previewed import: backups first, then `Pengaturan` (its period and new
 * levels), then the merged level sheets.
 * @example planImport(workbook, previewImport(workbook, "Renja"), new Date()).plan.sheets
 */
export function planImport(
  workbook: WorkbookData,
  preview: ImportPreview,
  now: Date,
): { plan: WorkbookPlan; levels: LevelMerge[] } {
  return mergePlan(workbook, preview.content, now);
}
