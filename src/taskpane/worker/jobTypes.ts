import type { XlsxRefusal } from "../../adapters/xlsx/reader";
import type {
  BatchOutcome,
  BuildRequest,
  CheckOutcome,
  DiagramPreview,
  DiffOutcome,
  DiffRequest,
  GabungOutcome,
} from "../../core/actions";
import type { Change } from "../../core/diff/types";
import type { Lang } from "../../core/messages";
import type { RangeRef } from "../../core/plans/types";
import type { WorkbookData } from "../../core/sheet";
import type { FindingRowGroup } from "../findingRows";
import type { PickedWorkbook } from "../pemdaHost";
import type { ModelSummary } from "./modelSummary";

/** A workbook handed to a job: its key, and its values unless the worker already holds them. */
export interface DataRef {
  readonly key: number;
  readonly data?: WorkbookData;
}

/** The pane's heavy jobs, one message each (the worker's protocol). */
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
  | { readonly op: "sources"; readonly data: DataRef; readonly now: Date }
  | {
      readonly op: "diff";
      readonly old: DataRef;
      readonly data: DataRef;
      readonly request: DiffRequest;
      readonly lang: Lang;
      readonly now: Date;
    }
  | {
      readonly op: "diffPreview";
      readonly data: DataRef;
      readonly changes: readonly Change[];
      readonly lang: Lang;
      readonly now: Date;
    }
  | { readonly op: "batch"; readonly picked: readonly PickedWorkbook[]; readonly lang: Lang }
  | {
      readonly op: "gabung";
      readonly picked: readonly PickedWorkbook[];
      readonly lang: Lang;
      readonly now: Date;
    };

/** A file read by Pokin's reader: its values and each sheet's merged ranges. */
export interface ReadWorkbook {
  readonly data: WorkbookData;
  readonly merges: ReadonlyMap<string, readonly RangeRef[]>;
}

/** A check's outcome with its findings already grouped for Periksa's list (no live marks). */
export interface CheckView extends CheckOutcome {
  readonly groups: readonly FindingRowGroup[];
}

/** Each job's answer. */
export interface JobResults {
  read: ReadWorkbook | XlsxRefusal;
  check: CheckView;
  model: ModelSummary;
  preview: DiagramPreview;
  sources: string[];
  diff: DiffOutcome;
  diffPreview: DiagramPreview;
  batch: BatchOutcome;
  gabung: { readonly outcome: GabungOutcome; readonly cross: BatchOutcome["cross"] };
}

/** Each job's fields that name a workbook (a {@link DataRef}), in the order the worker takes them. */
export const REF_FIELDS: Partial<Record<PaneJob["op"], readonly ("data" | "old")[]>> = {
  check: ["data"],
  model: ["data"],
  preview: ["data"],
  sources: ["data"],
  diff: ["old", "data"],
  diffPreview: ["data"],
};
