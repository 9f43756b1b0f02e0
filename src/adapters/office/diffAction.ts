import { diffAction, type DiffOutcome, type DiffRequest } from "../../core/actions";
import type { Lang } from "../../core/messages";
import type { WorkbookData } from "../../core/sheet";
import { applyOfficePlan } from "./applyPlan";
import type { ActionOptions } from "./checkAction";
import { readOfficeWorkbook } from "./readWorkbook";
import { runExcel } from "./runAction";

/** Bandingkan's request in Excel: the earlier version's name, `all`, and whether to write `Perubahan`. */
export interface ExcelCompareRequest extends DiffRequest {
  /** Write the `Perubahan` sheet (and show it); otherwise nothing is written. */
  readonly write: boolean;
}

/** Computes the changes: `diffAction`, or the same run elsewhere (the pane's worker). */
export type Differ = (
  old: WorkbookData,
  data: WorkbookData,
  request: DiffRequest,
  context: { readonly lang: Lang; readonly now: Date },
) => DiffOutcome | Promise<DiffOutcome>;

/** What Bandingkan found, and the open workbook's values it compared (for the diagram preview). */
export type ExcelCompareResult = DiffOutcome & { readonly workbook: WorkbookData };

/**
 * Bandingkan in Excel (SPEC §12): the open workbook against an earlier version the user picked,
 * in one `Excel.run`: two syncs read the workbook (names, then every used range); with
 * `write`, one more writes the `Perubahan` sheet (computed on what was just read, so its links
 * point at today's cells) and selects it.
 * @param old the earlier version's values (read in the pane from the file the user picked)
 * @param request the earlier file's name, `all`, `write`
 * @param lang the language of the sentences and the sheet
 * @param options the run, "now", capabilities and payload limit (tests)
 * @param differ computes the changes between the two reads' values (the pane runs it in its worker)
 * @returns the changes, their sentences and the plan
 * @throws PokinExcelError with a message for the user
 * @example const { changes } = await compareInExcel(old, { oldName: "lama.xlsx", write: false }, "id");
 */
export async function compareInExcel(
  old: WorkbookData,
  request: ExcelCompareRequest,
  lang: Lang,
  options: ActionOptions = {},
  differ: Differ = diffAction,
): Promise<ExcelCompareResult> {
  return runExcel(async (context) => {
    const now = options.now ?? new Date();
    const read = await readOfficeWorkbook(context);
    const { write, ...diff } = request;
    const outcome = await differ(old, read.workbook, diff, { lang, now });
    if (write) await applyOfficePlan(context, outcome.plan, { ...options, existingSheets: read.sheetNames });
    return { ...outcome, workbook: read.workbook };
  }, options);
}
