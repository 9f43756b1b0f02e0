import { gabungSamplesAction } from "../../core/actions";
import type { Lang } from "../../core/messages";
import type { WorkbookData } from "../../core/sheet";
import { downloadBlob } from "../downloadBlob";
import { text } from "../i18n";
import type { CompareDone, CompareRequest, GabungDone, PickedWorkbook } from "../pemdaHost";
import { PaneError } from "./paneError";
import { paneWorker } from "../worker/workerClient";

/** ExcelJS and the .xlsx adapter, fetched on first use (never in the pane's first chunk). */
const runtime = () => import(/* webpackChunkName: "xlsx" */ "./xlsxRuntime");

/**
 * Gabung outside Office: the Pemda workbook built whole in memory (nothing half-written ever
 * reaches the disk), then offered as one download. The open workbook is not touched.
 * @throws PaneError when no OPD workbook can be read
 * @example const done = await browserGabung(picked, "id");
 */
export async function browserGabung(picked: readonly PickedWorkbook[], lang: Lang): Promise<GabungDone> {
  // The files' checks and the consolidation run in the pane's worker; ExcelJS writes here.
  const { outcome, cross } = await paneWorker.run({ op: "gabung", picked, lang, now: new Date() });
  if (outcome.problem) throw PaneError.of(outcome.problem);
  const x = await runtime();
  const wb = x.newWorkbook();
  x.writePlan(wb, outcome.plan);
  const blob = await x.saveWorkbook(wb);
  const name = text(lang, "gabungFileName");
  downloadBlob(blob, name);
  const { opds, total, perLevel, errors, warnings } = outcome;
  return { opds, total, perLevel, errors, warnings, cross, downloaded: name, backups: [] };
}

/**
 * Bandingkan outside Office, on the open workbook's values, diffed in the pane's worker (which
 * holds both workbooks already, read there); with `write`, the `Perubahan` sheet goes into the
 * open (in-memory) workbook through `apply`, ready for Unduh.
 * @example const done = await browserCompare(data, { old, oldName, write: false }, "id", apply);
 */
export async function browserCompare(
  data: WorkbookData,
  request: CompareRequest,
  lang: Lang,
  apply: (plan: CompareDone["plan"]) => Promise<void>,
): Promise<CompareDone> {
  const outcome = await paneWorker.run({
    op: "diff",
    old: paneWorker.ref(request.old),
    data: paneWorker.ref(data),
    request: { oldName: request.oldName },
    lang,
    now: new Date(),
  });
  if (request.write) await apply(outcome.plan);
  return { ...outcome, workbook: data };
}

/**
 * Offers the three sample OPD workbooks as downloads (clearly named as examples), for trying
 * Gabung on real files.
 * @example await downloadSampleOpds("id");
 */
export async function downloadSampleOpds(lang: Lang): Promise<void> {
  const x = await runtime();
  for (const s of gabungSamplesAction(lang)) {
    const wb = x.newWorkbook();
    x.writePlan(wb, s.plan);
    downloadBlob(await x.saveWorkbook(wb), s.name);
  }
}
