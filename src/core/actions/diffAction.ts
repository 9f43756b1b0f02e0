import { changesPlan } from "../diff/changesPlan";
import { changeText } from "../diff/changeText";
import { diffModels } from "../diff/diffModels";
import { rowText } from "../diff/rowText";
import type { Change } from "../diff/types";
import type { Lang } from "../messages";
import { buildModel } from "../model/buildModel";
import type { WorkbookPlan } from "../plans/types";
import type { WorkbookData } from "../sheet";
import { CHANGES_SHEET } from "../sheets";

export interface DiffRequest {
  /** Also Realisasi and Keterangan (`--all`). */
  readonly all?: boolean;
  /** The earlier file's name, for the Perubahan sheet's counts line. */
  readonly oldName?: string;
}

export interface DiffOutcome {
  /** Sorted by level, then Kode (SPEC §12). */
  readonly changes: Change[];
  /** The reviewer's sentence of each change, same order ("Target 2026: 80 → 75"). */
  readonly sentences: string[];
  /**
   * What each added or removed row holds (`<Uraian> — <Indikator>`, the same in every
   * language), same order; undefined for other kinds. With `changeText` it words a change again
   * in another language without comparing again.
   */
  readonly rows: (string | undefined)[];
  /** Writes the generated `Perubahan` sheet into NEW (a copy of it, for the CLI) and shows it. */
  readonly plan: WorkbookPlan;
}

/**
 * Bandingkan / `pokin diff`: what changed between an earlier version of a workbook and this one.
 * @param oldData the earlier version's values
 * @param newData this version's values (the workbook the plan is written into)
 * @param request `all` and the earlier file's name
 * @param context the language and "now" (the sheet's time stamp)
 * @returns the changes, their sentences, and the plan of the `Perubahan` sheet
 * @example diffAction(old, data, {}, { lang: "id", now: new Date() }).changes.length // 0 for the same workbook
 */
export function diffAction(
  oldData: WorkbookData,
  newData: WorkbookData,
  request: DiffRequest,
  context: { readonly lang: Lang; readonly now: Date },
): DiffOutcome {
  const oldModel = buildModel(oldData, { now: context.now });
  const newModel = buildModel(newData, { now: context.now });
  const changes = diffModels(oldModel, newModel, { all: request.all === true });
  const describe = rowText(oldModel, newModel);
  const rows = changes.map(describe);
  const sentences = changes.map((c, i) => changeText(c, context.lang, rows[i]));
  const sheet = changesPlan(changes, context.lang, context.now, {
    oldName: request.oldName,
    rowText: describe,
  });
  return { changes, sentences, rows, plan: { sheets: [sheet], activate: { sheet: CHANGES_SHEET } } };
}
