import { periksaAction } from "../../core/actions";
import type { Finding } from "../../core/rules/types";
import type { Lang } from "../../core/messages";
import { applyOfficePlan, type ApplyOptions } from "./applyPlan";
import { readOfficeWorkbook } from "./readWorkbook";
import { runExcel, type RunOptions } from "./runAction";

export interface ActionOptions extends RunOptions, Omit<ApplyOptions, "existingSheets"> {
  /** "Today" for the default Tahun Laporan and the report's time stamp. */
  readonly now?: Date;
}

/**
 * The ribbon's Periksa: read, check, write `Hasil Pemeriksaan` and select it, in one
 * `Excel.run` and three syncs (two to read, one to write) at any size under the payload limit.
 * @returns the findings written
 * @throws PokinExcelError with a message for the user
 * @example const findings = await periksaInExcel("en");
 */
export async function periksaInExcel(lang: Lang, options: ActionOptions = {}): Promise<Finding[]> {
  return runExcel(async (context) => {
    const now = options.now ?? new Date();
    const read = await readOfficeWorkbook(context);
    const { findings, plan } = periksaAction(read.workbook, { lang, now }, read.sheetNames);
    await applyOfficePlan(context, plan, { ...options, existingSheets: read.sheetNames });
    return findings;
  }, options);
}
