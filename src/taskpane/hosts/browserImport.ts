import { importAction, importPreviewAction, type ImportOutcome } from "../../core/actions";
import type { RangeRef } from "../../core/plans/types";
import type { WorkbookData } from "../../core/sheet";
import type { ImportPreviewed, ImportRequest, ImportSources } from "../importHost";
import { PaneError } from "./paneError";
import { paneWorker } from "../worker/workerClient";

/**
 * Impor's sources outside Office: every sheet of the open workbook that is not a level sheet
 * or one Pokin writes (there is no selection outside Excel). Found in the pane's worker, which
 * holds the workbook (telling the level sheets apart reads the whole tree).
 * @example (await browserImportSources(data)).sheets // ["Renja"]
 */
export async function browserImportSources(data: WorkbookData, now = new Date()): Promise<ImportSources> {
  return { sheets: await paneWorker.run({ op: "sources", data: paneWorker.ref(data), now }) };
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
  const sheet = sheetOf(request);
  const { preview } = importPreviewAction(data, { ...request, sheet, merges }, now);
  return { preview, sheet: preview.sheet, ...(request.range ? { range: request.range } : {}) };
}

/**
 * The import outside Office (backups as whole-sheet copies, then the level sheets).
 * @throws PaneError with the reason when the template cannot be read or a change is not understood
 * @example const { plan, levels } = browserImport(data, merges, { sheet: "Renja" }, new Date());
 */
export function browserImport(
  data: WorkbookData,
  merges: readonly RangeRef[],
  request: ImportRequest,
  now: Date,
): Extract<ImportOutcome, { plan: unknown }> {
  const imported = importAction(data, { ...request, sheet: sheetOf(request), merges }, now);
  if (imported.problem) throw PaneError.of(imported.problem);
  return imported;
}

function sheetOf(request: ImportRequest): string {
  if (request.sheet === undefined)
    throw new PaneError(
      { id: "Pilih lembar templat.", en: "Choose the template's sheet." },
      "problem.no-sheet-chosen",
    );
  return request.sheet;
}
