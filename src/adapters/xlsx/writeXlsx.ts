import type ExcelJS from "exceljs";
import { withColBreaks } from "./colBreaks";

/**
 * Serialises a workbook to .xlsx bytes, in Node or in the browser (the pane offers them as a
 * download outside Office).
 * @param wb the workbook
 * @returns the file's bytes
 * @example const bytes = await writeXlsx(wb); new Blob([bytes]);
 */
export async function writeXlsx(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  // ExcelJS writes no cached value for a formula whose result is 0 (and a text number's
  // formula has none): ask Excel to recalculate every formula when it opens the file.
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  const buffer = await wb.xlsx.writeBuffer();
  // ExcelJS writes no column breaks: they are added to its bytes.
  return withColBreaks(wb, new Uint8Array(buffer as ArrayBuffer));
}
