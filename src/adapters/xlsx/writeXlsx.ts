import type ExcelJS from "exceljs";

/**
 * Serialises a workbook to .xlsx bytes, in Node or in the browser (the pane offers them as a
 * download outside Office).
 * @param wb the workbook
 * @returns the file's bytes
 * @example const bytes = await writeXlsx(wb); new Blob([bytes]);
 */
export async function writeXlsx(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
