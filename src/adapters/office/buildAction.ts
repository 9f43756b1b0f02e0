import { buildAction, type BuildRequest, type Problem } from "../../core/actions";
import type { Lang } from "../../core/messages";
import { applyOfficePlan } from "./applyPlan";
import { hostCapabilities } from "./capabilities";
import type { ActionOptions } from "./checkAction";
import { readOfficeWorkbook } from "./readWorkbook";
import { runExcel } from "./runAction";

export type ExcelBuildResult =
  | {
      /** The sheets written, in order (e.g. Pohon Kinerja, Cascading, Capaian 2026, Hasil Pemeriksaan). */
      readonly sheets: readonly string[];
      /** True when the diagram was drawn as shapes (ExcelApi 1.9), false when in cells. */
      readonly shapesDrawn: boolean;
      readonly problem?: undefined;
    }
  | { readonly problem: Problem; readonly sheets?: undefined };

/**
 * The pane's Buat in Excel, in one `Excel.run`: sync 1 lists the sheets, sync 2 reads every
 * used range, then the build action plans (the diagram as shapes when ExcelApi 1.9 is there,
 * in cells otherwise), and sync 3 writes the generated sheets and activates the diagram. Only
 * past Excel on the web's payload limit does the write take more syncs. Level sheets are
 * never written.
 * @param request year, orientation, subtree, depth and the sheets to write
 * @param lang the language of the generated sheets
 * @param options `Excel.run`, capabilities and "now" (tests pass their own)
 * @returns the sheets written, or the problem with the subtree or depth (nothing written then)
 * @throws PokinExcelError with a message for the user
 * @example const result = await buildInExcel({ orientation: "down" }, "id");
 */
export async function buildInExcel(
  request: BuildRequest,
  lang: Lang,
  options: ActionOptions = {},
): Promise<ExcelBuildResult> {
  const caps = options.capabilities ?? hostCapabilities();
  return runExcel(async (context) => {
    const now = options.now ?? new Date();
    const read = await readOfficeWorkbook(context);
    const built = buildAction(read.workbook, request, { lang, now, shapes: caps.excelApi(9) });
    if (built.problem) return { problem: built.problem };
    const applied = await applyOfficePlan(context, built.plan, {
      ...options,
      capabilities: caps,
      existingSheets: read.sheetNames,
    });
    return { sheets: built.sheets, shapesDrawn: applied.shapesDrawn };
  }, options);
}
