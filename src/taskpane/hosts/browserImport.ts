import { planImport, previewImport } from "../../core/import";
import { buildModel } from "../../core/model/buildModel";
import type { WorkbookPlan, RangeRef } from "../../core/plans/types";
import type { WorkbookData } from "../../core/sheet";
import { templateSheets, type ImportPreviewed, type ImportRequest, type ImportSources } from "../importHost";
import { PaneError } from "./paneError";

/**
 * Impor's sources outside Office: every sheet of the open workbook that is not a level sheet
 * or one Pokin writes (there is no selection outside Excel).
 * @example browserImportSources(data).sheets // ["Renja"]
 */
export function browserImportSources(data: WorkbookData): ImportSources {
  const levels = buildModel(data).levels.map((l) => l.name);
  return {
    sheets: templateSheets(
      data.sheets.map((s) => s.name),
      levels,
    ),
  };
}

/**
 * Impor's preview outside Office, on the open workbook's values and the sheet's merged areas.
 * @throws PaneError when no sheet is named (outside Excel there is no selection)
 * @example browserPreview(data, merges, { sheet: "Renja" }, new Date()).preview.mapping
 */
export function browserPreview(
  data: WorkbookData,
  merges: readonly RangeRef[],
  request: ImportRequest,
  now: Date,
): ImportPreviewed {
  if (request.sheet === undefined)
    throw new PaneError({ id: "Pilih lembar templat.", en: "Choose the template's sheet." });
  const preview = previewImport(data, request.sheet, {
    merges,
    ...(request.range ? { range: request.range } : {}),
    ...(request.map ? { map: request.map } : {}),
    now,
  });
  return { preview, sheet: preview.sheet, ...(request.range ? { range: request.range } : {}) };
}

/**
 * The plan of an import outside Office (backups as whole-sheet copies, then the level sheets).
 * @throws PaneError with the reason when the template cannot be read or a change is not understood
 * @example const { plan, levels } = browserImportPlan(data, merges, { sheet: "Renja" }, new Date());
 */
export function browserImportPlan(
  data: WorkbookData,
  merges: readonly RangeRef[],
  request: ImportRequest,
  now: Date,
): { plan: WorkbookPlan; levels: ReturnType<typeof planImport>["levels"] } {
  const { preview } = browserPreview(data, merges, request, now);
  const problem = preview.problem ?? preview.mapProblems[0]?.message;
  if (problem) throw new PaneError(problem);
  return planImport(data, preview, now);
}
