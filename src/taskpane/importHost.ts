import type { ColumnOverride, ImportPreview, LevelMerge } from "../core/import";
import type { WorkbookData } from "../core/sheet";

/** Impor's sources: the sheets a template can be read from, and (inside Excel) the selection. */
export interface ImportSources {
  readonly sheets: readonly string[];
  /** The selection's address (`Renja!A5:G40`); only inside Excel. */
  readonly selection?: string;
}

/** What to import: a sheet (and range), or the selection (no sheet), and the mapping changes. */
export interface ImportRequest {
  readonly sheet?: string;
  readonly range?: string;
  /** The planner's changes to the detected mapping, column → role (given as data, never as text). */
  readonly overrides?: readonly ColumnOverride[];
}

/** A preview, and where it was read (pass both back to import the same cells). */
export interface ImportPreviewed {
  readonly preview: ImportPreview;
  readonly sheet: string;
  readonly range?: string;
}

/** What an import did: per level, the sheets written (backups first), the workbook after. */
export interface ImportDone {
  readonly levels: readonly LevelMerge[];
  readonly sheets: readonly string[];
  readonly workbook: WorkbookData;
}
