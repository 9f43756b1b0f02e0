import { promises as fs } from "node:fs";
import type ExcelJS from "exceljs";
import { writeXlsx } from "./writeXlsx";

/**
 * Writes a workbook to an .xlsx file (Node only). The bytes are made first and written in one
 * go, so a failure while building them leaves no half-written file behind.
 * @param wb the workbook
 * @param path where to write
 * @param options `overwrite: false` refuses to replace an existing file (rejects with code EEXIST)
 * @example await writeXlsxFile(wb, "pokin.xlsx", { overwrite: false });
 */
export async function writeXlsxFile(
  wb: ExcelJS.Workbook,
  path: string,
  options: { readonly overwrite?: boolean } = {},
): Promise<void> {
  const bytes = await writeXlsx(wb);
  await fs.writeFile(path, bytes, { flag: options.overwrite === false ? "wx" : "w" });
}
