/**
 * The pane's heavy, pure work as jobs: reading a picked file with Pokin's own reader, the
 * check, Buat's preview, Impor's sources, Bandingkan's diff and Gabung's consolidation. The
 * pane's worker runs them off the UI thread (paneWorker.ts); where no Worker exists they run on
 * the main thread (workerClient.ts). Office.js never appears here: the hosts read and write,
 * these only compute.
 */
import { isRefusal, readXlsxBytes } from "../../adapters/xlsx/reader";
import {
  diagramPreviewAction,
  diffAction,
  gabungAction,
  importSources,
  PREVIEW_MAX_BOXES,
} from "../../core/actions";
import { diffMarks } from "../../core/diff/diffMarks";
import type { RangeRef } from "../../core/plans/types";
import { batchOf } from "./batchOf";
import { checkView } from "./checkView";
import { HeldWorkbooks } from "./heldWorkbooks";
import type { JobResults, PaneJob } from "./jobTypes";
import { modelSummary } from "./modelSummary";

export type { DataRef, JobResults, PaneJob, ReadWorkbook } from "./jobTypes";
export type { ModelSummary } from "./modelSummary";

/** The jobs, with the last few workbooks kept (by key) so a check after a read sends nothing again. */
export class PaneJobs {
  private readonly held = new HeldWorkbooks();

  /** Runs one job; throws only on a bug (a stale key is one: the client sends what is not held). */
  run<J extends PaneJob>(job: J): JobResults[J["op"]] {
    return this.dispatch(job) as JobResults[J["op"]];
  }

  private dispatch(job: PaneJob): JobResults[PaneJob["op"]] {
    const { held } = this;
    switch (job.op) {
      case "read": {
        const merges = new Map<string, RangeRef[]>();
        const read = readXlsxBytes(new Uint8Array(job.bytes), { merges });
        if (isRefusal(read)) return read;
        held.hold(job.key, read);
        return { data: read, merges };
      }
      case "check":
        return checkView(held.data(job.data), { lang: job.lang, now: job.now, all: job.all });
      case "model":
        return modelSummary(held.model(job.data, job.now));
      case "preview": {
        const limit = job.whole ? {} : { maxBoxes: PREVIEW_MAX_BOXES };
        const model = held.model(job.data, job.now);
        return diagramPreviewAction(model, job.request, { lang: job.lang, now: job.now }, limit);
      }
      case "sources": {
        const data = held.data(job.data);
        return importSources(
          data.sheets.map((s) => s.name),
          data,
          job.now,
        );
      }
      case "diff": {
        const old = held.data(job.old);
        const context = { lang: job.lang, now: job.now };
        return diffAction(old, held.data(job.data), job.request, context);
      }
      case "diffPreview": {
        const marks = diffMarks(job.changes);
        const model = held.model(job.data, job.now);
        return diagramPreviewAction(model, { marks }, { lang: job.lang, now: job.now });
      }
      case "batch":
        return batchOf(job.picked, job.lang);
      case "gabung": {
        const batch = batchOf(job.picked, job.lang);
        return { outcome: gabungAction(batch, {}, { lang: job.lang, now: job.now }), cross: batch.cross };
      }
    }
  }
}
