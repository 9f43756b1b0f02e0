import type ExcelJS from "exceljs";
import { writeFileAtomic } from "./atomicWrite";
import { writeXlsx } from "./writeXlsx";

/**
 * Writes a workbook to an .xlsx file (Node only). The bytes are made first, then written
 * atomically ({@link writeFileAtomic}): a failure at any point — while making the bytes, a full
 * disk, a file-size limit, the process killed — leaves the target as it was.
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
  await writeFileAtomic(path, bytes, options);
}
