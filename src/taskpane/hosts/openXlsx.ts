import { isRefusal } from "../../adapters/xlsx/reader";
import type { RangeRef } from "../../core/plans/types";
import type { WorkbookData } from "../../core/sheet";
import { STRINGS } from "../i18n";
import { PaneError } from "./paneError";
import { sniffXlsx, withFileName } from "./sniffXlsx";
import type { Workbook } from "./xlsxRuntime";
import { paneWorker } from "../worker/workerClient";

/** An .xlsx file opened in the pane outside Office. */
export interface OpenedXlsx {
  readonly data: WorkbookData;
  /** Each sheet's merged ranges, by the sheet's name as the file spells it. */
  readonly merges: ReadonlyMap<string, readonly RangeRef[]>;
  /** Set only when Pokin's reader deferred to ExcelJS (a valid file it does not understand). */
  readonly workbook?: Workbook;
}

/** ExcelJS, fetched only for the rare file Pokin's reader defers. */
const runtime = () => import(/* webpackChunkName: "xlsx" */ "./xlsxRuntime");

/**
 * Opens a picked .xlsx file's bytes with Pokin's own reader (fflate and a scanner: no ExcelJS,
 * no Node API), in the pane's worker (off the UI thread); ExcelJS's full reader only where Pokin's reader does not understand the file
 * (never for a limit or a damaged file).
 * @param bytes the file's bytes
 * @param fileName its name, for the messages
 * @returns the values and merged ranges (and the ExcelJS workbook when ExcelJS read it)
 * @throws PaneError with a clear message in both languages when the file cannot be read
 * @example const { data, merges } = await openXlsx(await file.arrayBuffer(), file.name);
 */
export async function openXlsx(bytes: ArrayBuffer, fileName: string): Promise<OpenedXlsx> {
  const view = new Uint8Array(bytes);
  const sniffed = sniffXlsx(view.subarray(0, 8));
  if (sniffed) throw new PaneError(withFileName(STRINGS[sniffed], fileName));
  const read = await paneWorker.read(bytes);
  if (!isRefusal(read)) return read;
  if (read.refused === "encrypted") throw new PaneError(withFileName(STRINGS.fileEncrypted, fileName));
  if (read.refused === "limit") {
    throw new PaneError({
      id: `Berkas “${fileName}” ditolak: ${read.message.id}.`,
      en: `The file “${fileName}” was refused: ${read.message.en}.`,
    });
  }
  if (read.refused !== "unsupported") throw new PaneError(withFileName(STRINGS.fileUnreadable, fileName));
  const x = await runtime();
  try {
    const workbook = await x.openWorkbook(bytes);
    const data = x.dataOf(workbook);
    const fromExcelJs = new Map(data.sheets.map((s) => [s.name, x.sheetMerges(workbook, s.name)]));
    return { data, merges: fromExcelJs, workbook };
  } catch {
    throw new PaneError(withFileName(STRINGS.fileUnreadable, fileName));
  }
}
