import type { Lang } from "../messages";
import type { Model } from "../model/buildModel";
import { checkModel } from "../rules/runChecks";
import { applyNotes, type ReviewedFindings } from "./applyNotes";
import { readNotes } from "./readNotes";

/**
 * The consistency check with the reviewer's `Catatan Reviu` notes applied (SPEC §7 + §13):
 * what `pokin check`, the report and the pane show.
 * @param model the workbook read by buildModel
 * @param options the language, and `all` to keep excepted findings (marked)
 * @returns the findings to show and how many are excepted
 * @example reviewedCheck(buildModel(workbook), { lang: "id" }).excepted // 0 without notes
 */
export function reviewedCheck(
  model: Model,
  options: { readonly lang?: Lang; readonly all?: boolean } = {},
): ReviewedFindings {
  return applyNotes(checkModel(model, { lang: options.lang }), readNotes(model.workbook), options);
}

/**
 * True when a list of findings fails the check: an error that is not excepted.
 * @example failsCheck([{ severity: "error", excepted: true, … }]) // false
 */
export function failsCheck(findings: readonly { severity: string; excepted?: boolean }[]): boolean {
  return findings.some((f) => f.severity === "error" && f.excepted !== true);
}
