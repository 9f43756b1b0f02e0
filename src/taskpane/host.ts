/**
 * The one place that decides whether the pane runs inside Excel or in a plain browser, and
 * the actions the components get. Components never touch `Office`/`Excel` or ExcelJS.
 */
import type { Lang } from "../core/messages";
import type { BuildRequest, InsertCapaianRequest, ReviewNoteRequest } from "../core/actions";
import type { CellEdit } from "../core/live/cellEdit";
import type { WorkbookPlan } from "../core/plans/types";
import type { WorkbookData } from "../core/sheet";
import { langFromLocale, type StringKey } from "./i18n";
import type { ImportDone, ImportPreviewed, ImportRequest, ImportSources } from "./importHost";
import type { CompareDone, CompareRequest, GabungDone, PickedWorkbook } from "./pemdaHost";
import { BrowserHost } from "./hosts/browserHost";
import { looksHostedByOffice, loadOfficeJs, officeReady } from "./hosts/officeJs";

/** Buat's request as the pane makes it: the user's choice, the language, "now". */
export interface BuildChoice extends BuildRequest {
  readonly lang: Lang;
  readonly generatedAt: Date;
}

/** A burst of the user's edits (Periksa otomatis): the changed cells, or "read everything again". */
export type EditBurst = { readonly kind: "edits"; readonly edits: CellEdit[] } | { readonly kind: "reread" };

/** A running watch on the user's edits; `stop()` removes the handlers. */
export interface EditWatch {
  stop(): Promise<void>;
}

/** The selection Sisipkan rumus capaian works on: its sheet, block and columns. */
export interface CapaianSelection {
  readonly sheet: string;
  readonly range: {
    readonly row: number;
    readonly col: number;
    readonly rows: number;
    readonly cols: number;
  };
  readonly columns: readonly { readonly col: number; readonly letter: string; readonly title: string }[];
}

/** What the pane can ask of its host, whichever it is. */
export interface PaneHost {
  readonly kind: "office" | "browser";
  /** The language to start in (Office's display language inside Office). */
  readonly lang: Lang;
  /** Reads the workbook's cell values, as the core checks them. */
  readWorkbook(): Promise<WorkbookData>;
  /** Writes a plan into the open workbook (Excel, or the in-memory one outside Office). */
  applyPlan(plan: WorkbookPlan): Promise<void>;
  /**
   * Buat: writes the chosen generated sheets (in Excel: the diagram as shapes where ExcelApi 1.9
   * is there; outside Office: into the in-memory workbook, ready for Unduh).
   * @returns the names of the sheets written
   */
  build(choice: BuildChoice): Promise<readonly string[]>;
  /** Impor: the sheets a template can be read from and (in Excel) the selection's address. */
  importSources(): Promise<ImportSources>;
  /** Impor: what importing would do, with the planner's mapping changes; nothing is written. */
  previewImport(request: ImportRequest): Promise<ImportPreviewed>;
  /** Impor: backs up and merges into the level sheets; rejects with the reason when it cannot. */
  importTemplate(request: ImportRequest): Promise<ImportDone>;
  /**
   * Periksa otomatis (SPEC §14): watches these sheets for the user's edits and hands each burst
   * to `onBurst`; absent where the host cannot (outside Office, or without ExcelApi 1.7).
   */
  readonly watchEdits?: (
    sheets: readonly string[],
    onBurst: (burst: EditBurst) => Promise<void>,
  ) => Promise<EditWatch>;
  /** Kecualikan… / Tandai perlu perbaikan (SPEC §13): one row in `Catatan Reviu`; rejects with the reason. */
  addReviewNote(request: ReviewNoteRequest, lang: Lang, now: Date): Promise<void>;
  /** Sisipkan rumus capaian: the user's selection (rejects with the reason outside Excel). */
  capaianSelection(): Promise<CapaianSelection>;
  /** Sisipkan rumus capaian: the formulas beside the selection, in one write; rejects with the reason. */
  insertCapaian(request: InsertCapaianRequest): Promise<void>;
  /**
   * Gabung (SPEC §11): the picked OPD workbooks consolidated into the Pemda workbook — outside
   * Office built whole in memory, then offered as a download; in Excel written into the open
   * workbook after backups.
   */
  gabung(picked: readonly PickedWorkbook[], lang: Lang): Promise<GabungDone>;
  /** Bandingkan (SPEC §12): the open workbook against an earlier version; `write` adds `Perubahan`. */
  compare(request: CompareRequest, lang: Lang): Promise<CompareDone>;
  /** Selects a cell (outside Office: shows it in the grid preview). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** One readable line for anything an action threw. */
  explainError(err: unknown, lang: Lang): string;
}

/** The host, and a problem met while starting (shown as a message; the pane still works). */
export interface StartedHost {
  readonly host: PaneHost;
  readonly problem?: StringKey;
}

/** How long Office may take to answer `onReady` before the pane says so. */
const OFFICE_READY_MS = 30_000;

/**
 * Starts the pane's host: inside Office, loads office.js from Office's CDN and awaits
 * `Office.onReady` once; in a plain browser, loads nothing from the network and opens the
 * Banjarnegara sample.
 * @param win the page's window
 * @returns the host to hand to the components
 * @example const { host } = await startHost(window);
 */
export async function startHost(win: Window = window): Promise<StartedHost> {
  const params = new URLSearchParams(win.location.search);
  const browserLang: Lang = params.get("lang") === "en" ? "en" : "id";
  if (!looksHostedByOffice(win)) return { host: new BrowserHost(browserLang) };

  try {
    await loadOfficeJs(win.document);
  } catch {
    return { host: new BrowserHost(browserLang), problem: "officeUnavailable" };
  }
  const info = await officeReady(OFFICE_READY_MS);
  if (!info || info.host === null) {
    return { host: new BrowserHost(browserLang), problem: info ? undefined : "officeUnavailable" };
  }
  const lang = langFromLocale(Office.context.displayLanguage);
  if (info.host !== Office.HostType.Excel) return { host: new BrowserHost(lang), problem: "notExcel" };
  // Only inside Excel: the Office adapter is small, but keeps Excel code off the browser path.
  const { OfficeHost } = await import(/* webpackChunkName: "office" */ "./hosts/officeHost");
  return { host: new OfficeHost(lang) };
}
