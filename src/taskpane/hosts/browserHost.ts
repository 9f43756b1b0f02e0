import type { Lang } from "../../core/messages";
import {
  buildAction,
  reviewNoteAction,
  templateAction,
  type InsertCapaianRequest,
  type ReviewNoteRequest,
  type TemplateOutcome,
} from "../../core/actions";
import type { WorkbookPlan } from "../../core/plans/types";
import type { WorkbookData } from "../../core/sheet";
import { downloadBlob } from "../downloadBlob";
import { STRINGS, text } from "../i18n";
import type { BuildChoice, CapaianSelection, PaneHost } from "../host";
import { explainPaneError, PaneError } from "./paneError";
import { LazyWorkbook } from "./lazyWorkbook";
import { openXlsx } from "./openXlsx";
import type { ImportDone, ImportPreviewed, ImportRequest, ImportSources } from "../importHost";
import { browserImport, browserImportSources, browserPreview } from "./browserImport";
import type { CompareDone, CompareRequest, GabungDone, PickedWorkbook } from "../pemdaHost";
import { browserCompare, browserGabung } from "./browserPemda";

/** What the pane shows about the workbook open in the browser. */
export interface BrowserState {
  /** The file's name (what Unduh saves it as). */
  readonly fileName?: string;
  readonly data?: WorkbookData;
  /** Bumped on every change of the workbook, so results computed on an older one are dropped. */
  readonly version: number;
  /** The cell last "selected" by a finding, shown in the grid preview. */
  readonly selection?: { readonly sheet: string; readonly cell: string };
}

/**
 * The pane's host outside Office: an in-memory workbook opened from disk (read with Pokin's own
 * reader) or made from the sample, its values for the core; ExcelJS (a lazy chunk) only once
 * something is written into it ({@link LazyWorkbook}).
 */
export class BrowserHost implements PaneHost {
  readonly kind = "browser";
  private state: BrowserState = { version: 0 };
  private workbook: LazyWorkbook | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(readonly lang: Lang) {}

  /** For `useSyncExternalStore`. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** For `useSyncExternalStore`: the same object until something changes. */
  readonly getState = (): BrowserState => this.state;

  /** Replaces the open workbook with a new one holding the Banjarnegara sample. */
  async loadSample(lang: Lang): Promise<void> {
    await this.openNew(templateAction({ sample: true, lang }), text(lang, "sampleFileName"));
  }

  /** Replaces the open workbook with a new one holding a template (Templat's "new workbook"). */
  async openNew(template: Pick<TemplateOutcome, "plan" | "values">, fileName: string): Promise<void> {
    this.replace(LazyWorkbook.fromPlan(template.plan), template.values, fileName);
  }

  /** Opens an .xlsx file the user picked; rejects with a clear {@link PaneError} when it cannot. */
  async openFile(file: File): Promise<void> {
    const bytes = await file.arrayBuffer();
    const opened = await openXlsx(bytes, file.name);
    this.replace(LazyWorkbook.fromFile(opened, bytes, file.name), opened.data, file.name);
  }

  /** Offers the workbook as an .xlsx download. */
  async download(): Promise<void> {
    if (!this.workbook) return;
    downloadBlob(await this.workbook.blob(), this.state.fileName ?? "pokin.xlsx");
  }

  async readWorkbook(): Promise<WorkbookData> {
    if (!this.state.data) throw new PaneError(STRINGS.noFile);
    return this.state.data;
  }

  async applyPlan(plan: WorkbookPlan): Promise<void> {
    const wb = (this.workbook ??= LazyWorkbook.fromPlan({ sheets: [] }));
    this.replace(wb, await wb.write(plan), this.state.fileName ?? "pokin.xlsx");
  }

  /** Buat outside Office: the diagram in cells (ExcelJS draws no shapes), then Unduh saves it. */
  async build(choice: BuildChoice): Promise<readonly string[]> {
    const { lang, generatedAt: now, ...request } = choice;
    const built = buildAction(await this.readWorkbook(), request, { lang, now, shapes: false });
    if (built.problem) throw PaneError.of(built.problem);
    await this.applyPlan(built.plan);
    return built.sheets;
  }

  async importSources(): Promise<ImportSources> {
    return browserImportSources(await this.readWorkbook());
  }

  async previewImport(request: ImportRequest): Promise<ImportPreviewed> {
    const merges = this.workbook && request.sheet ? await this.workbook.mergesOf(request.sheet) : [];
    return browserPreview(await this.readWorkbook(), merges, request, new Date());
  }

  /** Impor outside Office: backups, merged level sheets, then Unduh saves the file. */
  async importTemplate(request: ImportRequest): Promise<ImportDone> {
    const merges = this.workbook && request.sheet ? await this.workbook.mergesOf(request.sheet) : [];
    const { plan, levels } = browserImport(await this.readWorkbook(), merges, request, new Date());
    await this.applyPlan(plan);
    return { levels, sheets: plan.sheets.map((s) => s.name), workbook: await this.readWorkbook() };
  }

  /** Kecualikan… / Tandai outside Office: the note goes into the in-memory workbook (Unduh saves it). */
  async addReviewNote(request: ReviewNoteRequest, lang: Lang, now: Date): Promise<void> {
    const out = reviewNoteAction(await this.readWorkbook(), request, { lang, now });
    if (!out.plan) throw PaneError.of(out.problem!);
    await this.applyPlan(out.plan);
  }

  /** The browser has no grid to select a range in: Sisipkan rumus capaian is Excel's. */
  async capaianSelection(): Promise<CapaianSelection> {
    throw new PaneError(STRINGS.capaianExcelOnly);
  }

  async insertCapaian(_request: InsertCapaianRequest): Promise<void> {
    throw new PaneError(STRINGS.capaianExcelOnly);
  }

  /** Gabung outside Office: built in memory, then downloaded; the open workbook stays as it is. */
  async gabung(picked: readonly PickedWorkbook[], lang: Lang): Promise<GabungDone> {
    return browserGabung(picked, lang);
  }

  /** Bandingkan outside Office; `write` puts `Perubahan` into the open workbook, for Unduh. */
  async compare(request: CompareRequest, lang: Lang): Promise<CompareDone> {
    return browserCompare(await this.readWorkbook(), request, lang, (plan) => this.applyPlan(plan));
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.set({ ...this.state, selection: { sheet, cell } });
  }

  explainError(err: unknown, lang: Lang): string {
    return explainPaneError(err, lang);
  }

  private replace(wb: LazyWorkbook, data: WorkbookData, fileName: string): void {
    this.workbook = wb;
    this.set({ fileName, data, version: this.state.version + 1 });
  }

  private set(state: BrowserState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
