import type { Change } from "../core/diff/types";
import type { Msg } from "../core/messages";
import type { FileFinding } from "../core/pemda/types";
import type { WorkbookPlan } from "../core/plans/types";
import type { WorkbookData } from "../core/sheet";

/** A workbook the user picked for Gabung or Bandingkan: its values, or why it cannot be read. */
export type PickedWorkbook =
  | { readonly name: string; readonly data: WorkbookData; readonly example?: boolean }
  | { readonly name: string; readonly failure: Msg; readonly example?: undefined };

/** What Gabung did: the Pemda workbook's size and check, the cross-file findings, where it went. */
export interface GabungDone {
  readonly opds: number;
  readonly total: number;
  readonly perLevel: readonly number[];
  readonly errors: number;
  readonly warnings: number;
  /** POKIN040–046, each with its file. */
  readonly cross: readonly FileFinding[];
  /** Outside Office: the name the Pemda workbook was downloaded as. */
  readonly downloaded?: string;
  /** In Excel: the backups made before the Pemda sheets were written. */
  readonly backups: readonly string[];
}

/** Bandingkan's request: the earlier version and whether to write the `Perubahan` sheet. */
export interface CompareRequest {
  readonly old: WorkbookData;
  readonly oldName: string;
  readonly write: boolean;
}

/** What Bandingkan found, and the open workbook it compared (for the marked diagram preview). */
export interface CompareDone {
  readonly changes: readonly Change[];
  /** What each added or removed row holds, same order (worded at display time: changeText). */
  readonly rows: readonly (string | undefined)[];
  readonly plan: WorkbookPlan;
  readonly workbook: WorkbookData;
}
