/**
 * The pane's heavy, pure work as jobs: reading a picked file with Pokin's own reader, the
 * check, Buat's preview and Gabung's consolidation. The pane's worker runs them off the UI
 * thread (paneWorker.ts); where no Worker exists they run on the main thread (workerClient.ts).
 * Office.js never appears here: the hosts read and write, these only compute.
 */
import { isRefusal, readXlsxBytes, type XlsxRefusal } from "../../adapters/xlsx/reader";
import {
  batchAction,
  checkAction,
  checkFileAction,
  diagramPreviewAction,
  gabungAction,
  PREVIEW_MAX_BOXES,
  type BatchOutcome,
  type BuildRequest,
  type CheckOutcome,
  type ChoiceBounds,
  type DiagramPreview,
  type GabungOutcome,
} from "../../core/actions";
import type { Lang } from "../../core/messages";
import { buildModel, type Model } from "../../core/model/buildModel";
import type { RangeRef } from "../../core/plans/types";
import type { WorkbookData } from "../../core/sheet";
import type { PickedWorkbook } from "../pemdaHost";

/** A workbook handed to a job: its key, and its values unless the worker already holds them. */
export interface DataRef {
  readonly key: number;
  readonly data?: WorkbookData;
}

/**
 * What Buat's options need of the model (the model itself stays in the worker): the period,
 * Tahun Laporan and the levels (to keep a choice valid), and every Kode with its Uraian, first
 * occurrence, in sheet order (the subtree picker's list).
 */
export interface ModelSummary extends ChoiceBounds {
  readonly kodes: readonly { readonly kode: string; readonly uraian: string }[];
}

export type PaneJob =
  | { readonly op: "read"; readonly key: number; readonly bytes: ArrayBuffer }
  | {
      readonly op: "check";
      readonly data: DataRef;
      readonly lang: Lang;
      readonly now: Date;
      readonly all: boolean;
    }
  | { readonly op: "model"; readonly data: DataRef; readonly now: Date }
  | {
      readonly op: "preview";
      readonly data: DataRef;
      readonly request: Omit<BuildRequest, "marks" | "sheets">;
      readonly lang: Lang;
      readonly now: Date;
      /** The whole diagram (Ekspor SVG), not only what fits the pane. */
      readonly whole?: boolean;
    }
  | { readonly op: "batch"; readonly picked: readonly PickedWorkbook[]; readonly lang: Lang }
  | {
      readonly op: "gabung";
      readonly picked: readonly PickedWorkbook[];
      readonly lang: Lang;
      readonly now: Date;
    };

/** Each job's answer. */
/** A file read by Pokin's reader: its values and each sheet's merged ranges. */
export interface ReadWorkbook {
  readonly data: WorkbookData;
  readonly merges: ReadonlyMap<string, readonly RangeRef[]>;
}

export interface JobResults {
  read: ReadWorkbook | XlsxRefusal;
  check: CheckOutcome;
  model: ModelSummary;
  preview: DiagramPreview;
  batch: BatchOutcome;
  gabung: { readonly outcome: GabungOutcome; readonly cross: BatchOutcome["cross"] };
}

/** The jobs, with the last workbook kept (by key) so a check after a read sends nothing again. */
export class PaneJobs {
  private held: { key: number; data: WorkbookData; model?: { at: number; model: Model } } | undefined;

  /** Runs one job; throws only on a bug (a stale key is one: the client always sends the data). */
  run<J extends PaneJob>(job: J): JobResults[J["op"]] {
    return this.dispatch(job) as JobResults[J["op"]];
  }

  private dispatch(job: PaneJob): JobResults[PaneJob["op"]] {
    switch (job.op) {
      case "read": {
        const merges = new Map<string, RangeRef[]>();
        const read = readXlsxBytes(new Uint8Array(job.bytes), { merges });
        if (isRefusal(read)) return read;
        this.held = { key: job.key, data: read };
        return { data: read, merges };
      }
      case "check":
        return checkAction(this.data(job.data), { lang: job.lang, now: job.now, all: job.all });
      case "model":
        return modelSummary(this.model(job.data, job.now));
      case "preview": {
        const context = { lang: job.lang, now: job.now };
        const model = this.model(job.data, job.now);
        const limit = job.whole ? {} : { maxBoxes: PREVIEW_MAX_BOXES };
        return diagramPreviewAction(model, job.request, context, limit);
      }
      case "batch":
        return batchOf(job.picked, job.lang);
      case "gabung": {
        const batch = batchOf(job.picked, job.lang);
        return { outcome: gabungAction(batch, {}, { lang: job.lang, now: job.now }), cross: batch.cross };
      }
    }
  }

  private data(ref: DataRef): WorkbookData {
    if (ref.data) this.held = { key: ref.key, data: ref.data };
    if (!this.held || this.held.key !== ref.key) throw new Error(`workbook ${ref.key} is not held`);
    return this.held.data;
  }

  private model(ref: DataRef, now: Date): Model {
    const data = this.data(ref);
    const held = this.held!;
    if (held.model?.at !== now.getTime())
      held.model = { at: now.getTime(), model: buildModel(data, { now }) };
    return held.model.model;
  }
}

/**
 * Checks every picked OPD workbook and the cross-file rules (POKIN040–046).
 * @param picked the files in the order picked (unreadable ones become POKIN040)
 * @param lang the language of the findings
 * @returns the batch, with each file's level values for gabung
 * @example gabungAction(batchOf(picked, "id"), {}, { lang: "id", now })
 */
export function batchOf(picked: readonly PickedWorkbook[], lang: Lang): BatchOutcome {
  return batchAction(
    picked.map((p) =>
      "failure" in p
        ? { file: p.name, role: "opd" as const, failure: p.failure }
        : checkFileAction(p.data, { file: p.name, role: "opd", lang, withSheets: true }),
    ),
    lang,
  );
}

/**
 * What Buat's options need of a model.
 * @example modelSummary(buildModel(data)).kodes[0]?.kode
 */
export function modelSummary(model: Model): ModelSummary {
  const seen = new Set<string>();
  const kodes: { kode: string; uraian: string }[] = [];
  for (const ind of model.indicators) {
    if (ind.kode === "" || seen.has(ind.kode)) continue;
    seen.add(ind.kode);
    kodes.push({ kode: ind.kode, uraian: ind.uraian });
  }
  const { years, reportYear } = model.settings;
  return {
    settings: { years: [...years], ...(reportYear !== undefined ? { reportYear } : {}) },
    levels: { length: model.levels.length },
    kodes,
  };
}
