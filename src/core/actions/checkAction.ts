import type { Lang } from "../messages";
import { REPORT_COLUMNS, REPORT_HEADER_ROW, REPORT_SHEET, reportPlan } from "../plans/reportPlan";
import type { WorkbookPlan } from "../plans/types";
import { buildModel } from "../model/buildModel";
import { reviewedCheck } from "../review/reviewedCheck";
import type { Finding } from "../rules/types";
import type { WorkbookData } from "../sheet";

/** What every action is told besides its own choice: the language and "now" (never the clock). */
export interface ActionContext {
  readonly lang: Lang;
  readonly now: Date;
}

export interface CheckOutcome {
  /**
   * Sorted as SPEC §7 says, in the context's language; those `Catatan Reviu` excepts are left
   * out (SPEC §13), or kept and marked `excepted` when `all` is asked.
   */
  readonly findings: Finding[];
  /** How many findings the reviewer's notes except. */
  readonly excepted: number;
  /** How many findings are errors not excepted (the CLI's exit code, the pane's summary). */
  readonly errors: number;
}

/**
 * Periksa / `pokin check`: the findings of the consistency check, the reviewer's notes applied.
 * @param data the workbook's values
 * @param context language and "now" (the default Tahun Laporan); `all` keeps excepted findings
 * @returns the findings and the number of errors
 * @example checkAction(data, { lang: "en", now: new Date() }).errors // 0 on a clean workbook
 */
export function checkAction(
  data: WorkbookData,
  context: ActionContext & { readonly all?: boolean },
): CheckOutcome {
  const model = buildModel(data, { now: context.now });
  const { findings, excepted } = reviewedCheck(model, { lang: context.lang, all: context.all === true });
  return { findings: [...findings], excepted, errors: errorCount(findings) };
}

/**
 * The ribbon's Periksa: the check and the plan writing `Hasil Pemeriksaan`, selecting its first row.
 * @param data the workbook's values
 * @param context language and "now" (the report's time stamp)
 * @param sheetNames every sheet of the workbook (its hyperlinks point only at existing ones);
 *   default: the sheets of `data`
 * @example periksaAction(data, { lang: "id", now }).plan.sheets[0]?.name // "Hasil Pemeriksaan"
 */
export function periksaAction(
  data: WorkbookData,
  context: ActionContext,
  sheetNames: readonly string[] = data.sheets.map((s) => s.name),
): CheckOutcome & { readonly plan: WorkbookPlan } {
  const outcome = checkAction(data, context);
  const plan: WorkbookPlan = {
    sheets: [
      reportPlan(outcome.findings, context.lang, context.now, {
        existingSheets: sheetNames,
        excepted: outcome.excepted,
      }),
    ],
    activate: { sheet: REPORT_SHEET, range: { row: REPORT_HEADER_ROW + 1, col: 0, cols: REPORT_COLUMNS } },
  };
  return { ...outcome, plan };
}

/**
 * How many findings are errors a reviewer's note does not except.
 * @example errorCount([{ severity: "error" }, { severity: "warning" }]) // 1
 */
export function errorCount(findings: readonly Pick<Finding, "severity" | "excepted">[]): number {
  return findings.filter((f) => f.severity === "error" && f.excepted !== true).length;
}
