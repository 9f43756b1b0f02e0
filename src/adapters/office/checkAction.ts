import { REPORT_HEADER_ROW, REPORT_SHEET, reportPlan } from "../../core/plans/reportPlan";
import { checkWorkbook } from "../../core/rules";
import type { Finding } from "../../core/rules/types";
import type { Lang } from "../../core/messages";
import { applyOfficePlan, type ApplyOptions } from "./applyPlan";
import { readOfficeWorkbook } from "./readWorkbook";
import { runExcel, type RunOptions } from "./runAction";
import { selectCell } from "./select";

export interface ActionOptions extends RunOptions, Omit<ApplyOptions, "existingSheets"> {
  /** "Today" for the default Tahun Laporan and the report's time stamp. */
  readonly now?: Date;
}

export interface CheckResult {
  readonly findings: Finding[];
  /** Every sheet of the workbook (hand it to {@link writeReport} to save a sync). */
  readonly sheetNames: readonly string[];
}

/**
 * The pane's Periksa: reads the workbook and checks it (2 syncs, whatever its size).
 * @param lang the language of the messages
 * @returns the findings and the workbook's sheet names
 * @throws PokinExcelError with a message for the user
 * @example const { findings } = await checkInExcel("id");
 */
export async function checkInExcel(lang: Lang, options: ActionOptions = {}): Promise<CheckResult> {
  return runExcel(async (context) => {
    const read = await readOfficeWorkbook(context);
    const findings = checkWorkbook(read.workbook, { lang, now: options.now ?? new Date() });
    return { findings, sheetNames: read.sheetNames };
  }, options);
}

/**
 * Writes `Hasil Pemeriksaan` for these findings and selects its first row (1 sync, or 2 when
 * the sheet names are not given).
 * @throws PokinExcelError with a message for the user
 * @example await writeReport(findings, "id", { sheetNames });
 */
export async function writeReport(
  findings: readonly Finding[],
  lang: Lang,
  options: ActionOptions & { readonly sheetNames?: readonly string[] } = {},
): Promise<void> {
  await runExcel(async (context) => {
    await applyOfficePlan(context, reportWorkbookPlan(findings, lang, options.now, options.sheetNames), {
      ...options,
      existingSheets: options.sheetNames,
    });
  }, options);
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
    const findings = checkWorkbook(read.workbook, { lang, now });
    await applyOfficePlan(context, reportWorkbookPlan(findings, lang, now, read.sheetNames), {
      ...options,
      existingSheets: read.sheetNames,
    });
    return findings;
  }, options);
}

/**
 * The pane's click on a finding: activates its sheet and selects its cell.
 * @throws PokinExcelError with a message for the user
 * @example await showFinding(findings[0]);
 */
export async function showFinding(
  finding: Pick<Finding, "sheet" | "cell">,
  options: RunOptions = {},
): Promise<void> {
  await runExcel((context) => selectCell(context, finding.sheet, finding.cell), options);
}

function reportWorkbookPlan(
  findings: readonly Finding[],
  lang: Lang,
  now = new Date(),
  sheets?: readonly string[],
) {
  return {
    sheets: [reportPlan(findings, lang, now, sheets ? { existingSheets: sheets } : {})],
    activate: { sheet: REPORT_SHEET, range: { row: REPORT_HEADER_ROW + 1, col: 0, cols: 7 } },
  };
}
