import { gabungAction, type BatchOutcome, type GabungOutcome } from "../../core/actions";
import type { Lang } from "../../core/messages";
import { coalesceBlocks } from "../../core/plans/coalesceBlocks";
import type { WorkbookPlan } from "../../core/plans/types";
import { nameKey } from "../../core/text";
import { applyOfficePlan } from "./applyPlan";
import { hostCapabilities } from "./capabilities";
import type { ActionOptions } from "./checkAction";
import { copyAsBlocks } from "./copyAsBlocks";
import type { UsedCells } from "./importRead";
import { runExcel } from "./runAction";

/** What Gabung did in Excel: the action's outcome (plan, counts, backups) and the syncs it took. */
export type ExcelGabungResult = GabungOutcome & { readonly syncs?: number };

/**
 * Gabung in Excel (SPEC §11): the Pemda workbook's Pengaturan, level sheets and Rekap written
 * into the open workbook, in one `Excel.run`: sync 1 reads the sheet names; every sheet of the
 * user's that is replaced is first backed up whole (`worksheet.copy`, ExcelApi 1.10; before
 * that a second sync reads its values and formulas); then one sync writes everything, chunked
 * only past the payload limit (Excel on the web's 5 MB).
 * @param batch the OPD workbooks, read and checked in the pane
 * @param lang the language of the generated sheets
 * @param options the run, "now", capabilities and payload limit (tests)
 * @returns the outcome and the syncs, or the problem (no OPD readable: nothing written)
 * @throws PokinExcelError with a message for the user
 * @example const done = await gabungInExcel(batchAction(results, "id"), "id");
 */
export async function gabungInExcel(
  batch: BatchOutcome,
  lang: Lang,
  options: ActionOptions = {},
): Promise<ExcelGabungResult> {
  const caps = options.capabilities ?? hostCapabilities();
  return runExcel(async (context) => {
    const now = options.now ?? new Date();
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    let syncs = 1;
    const existingSheets = worksheets.items.map((ws) => ws.name);
    const outcome = gabungAction(batch, { existingSheets }, { lang, now });
    if (outcome.problem) return outcome;
    let plan: WorkbookPlan = outcome.plan;
    if (!caps.excelApi(10) && outcome.backups.length > 0) {
      plan = copyAsBlocks(plan, await usedCells(context, plan));
      syncs++;
    }
    const applied = await applyOfficePlan(context, coalesceBlocks(plan), {
      ...options,
      capabilities: caps,
      existingSheets,
    });
    return { ...outcome, syncs: syncs + applied.syncs };
  }, options);
}

/** Values and formulas of every sheet the plan copies (one sync), for Excel before 1.10. */
async function usedCells(context: Excel.RequestContext, plan: WorkbookPlan): Promise<Map<string, UsedCells>> {
  const sources = plan.sheets.flatMap((s) => (s.copyOf !== undefined ? [s.copyOf] : []));
  const ranges = sources.map((name) => {
    const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    used.load("values,formulas,rowIndex,columnIndex");
    return used;
  });
  await context.sync();
  const cells = new Map<string, UsedCells>();
  sources.forEach((name, i) => {
    const used = ranges[i]!;
    if (used.isNullObject) return;
    cells.set(nameKey(name), {
      top: used.rowIndex,
      left: used.columnIndex,
      values: used.values,
      formulas: used.formulas,
    });
  });
  return cells;
}
