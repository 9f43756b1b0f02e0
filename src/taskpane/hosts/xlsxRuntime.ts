/**
 * Everything the pane needs from ExcelJS outside Office, in one module that host code only
 * reaches through `import()`: webpack puts it, and ExcelJS, in a separate chunk that Excel
 * never loads (SPEC §9: the .xlsx library loads only outside Office).
 */
import ExcelJS from "exceljs";
import type { WorkbookPlan } from "../../core/plans/types";
import type { WorkbookData } from "../../core/sheet";
import { applyPlan } from "../../adapters/xlsx/applyPlan";
import { loadXlsx, workbookToData } from "../../adapters/xlsx/readWorkbook";
import { writeXlsx } from "../../adapters/xlsx/writeXlsx";
export { sheetMerges } from "../../adapters/xlsx/sheetMerges";

export type Workbook = ExcelJS.Workbook;

/** A new, empty workbook. */
export function newWorkbook(): Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Pokin";
  return wb;
}

/** Reads an .xlsx file's bytes (rejects when they are not a readable .xlsx). */
export function openWorkbook(bytes: ArrayBuffer): Promise<Workbook> {
  return loadXlsx(bytes);
}

/** The workbook's values as the core reads them. */
export function dataOf(wb: Workbook): WorkbookData {
  return workbookToData(wb);
}

/** Writes a plan into the workbook (ExcelJS draws no shapes: plans that have them also draw in cells). */
export function writePlan(wb: Workbook, plan: WorkbookPlan): void {
  applyPlan(wb, plan);
}

/** The workbook as .xlsx bytes, ready to download. */
export async function saveWorkbook(wb: Workbook): Promise<Blob> {
  const bytes = await writeXlsx(wb);
  return new Blob([bytes as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}
