import { checkAction } from "../../core/actions";
import type { Lang } from "../../core/messages";
import type { WorkbookData } from "../../core/sheet";
import { findingRows } from "../findingRows";
import type { CheckView } from "./jobTypes";

/**
 * Periksa's check with its findings grouped for the list (by rule, one row per indicator), so
 * the main thread only draws them: grouping 20,000 indicators' findings there froze the pane.
 * @param data the workbook's values
 * @param context the language, "now", and whether excepted findings are shown
 * @returns the check's outcome and the groups `findingRows` makes of its findings
 * @example checkView(data, { lang: "id", now: new Date(), all: false }).groups[0]?.countLabel
 */
export function checkView(
  data: WorkbookData,
  context: { readonly lang: Lang; readonly now: Date; readonly all: boolean },
): CheckView {
  const outcome = checkAction(data, context);
  return { ...outcome, groups: findingRows(outcome.findings, context.lang) };
}
