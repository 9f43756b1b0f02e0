import { applyOfficePlan } from "../../adapters/office/applyPlan";
import { buildInExcel } from "../../adapters/office/buildAction";
import { compareInExcel } from "../../adapters/office/diffAction";
import { explainOfficeError } from "../../adapters/office/errors";
import { gabungInExcel } from "../../adapters/office/gabungAction";
import { importInExcel, importSourcesInExcel, previewInExcel } from "../../adapters/office/importAction";
import { readOfficeWorkbook } from "../../adapters/office/readWorkbook";
import { hostCapabilities, type OfficeCapabilities } from "../../adapters/office/capabilities";
import { insertCapaianInExcel, selectionForCapaian } from "../../adapters/office/insertCapaianApply";
import { watchSheets } from "../../adapters/office/liveEvents";
import { addReviewNoteInExcel } from "../../adapters/office/reviewNoteWrite";
import { runExcel, type RunOptions } from "../../adapters/office/runAction";
import type { InsertCapaianRequest, ReviewNoteRequest } from "../../core/actions";
import { selectCell } from "../../adapters/office/select";
import type { WorkbookPlan } from "../../core/plans/types";
import type { Lang } from "../../core/messages";
import type { WorkbookData } from "../../core/sheet";
import type { BuildChoice, CapaianSelection, EditBurst, EditWatch, PaneHost } from "../host";
import type { ImportDone, ImportPreviewed, ImportRequest, ImportSources } from "../importHost";
import type { CompareDone, CompareRequest, GabungDone, PickedWorkbook } from "../pemdaHost";
import { explainPaneError, PaneError } from "./paneError";
import { paneWorker } from "../worker/workerClient";

/** What tests hand the Office host instead of the real Excel (the recording fake's `run`). */
export interface OfficeHostOptions extends RunOptions {
  readonly capabilities?: OfficeCapabilities;
  /** Quiet time that ends a burst of edits (Periksa otomatis). */
  readonly debounceMs?: number;
}

const NOT_A_BLOCK = {
  id: "Pilih satu blok sel (tabel Anda, dengan baris judulnya) lalu coba lagi.",
  en: "Select one block of cells (your table, with its header row) and try again.",
};

/** The pane's host inside Excel: every action is one `Excel.run` through the Office adapter. */
export class OfficeHost implements PaneHost {
  readonly kind = "office";
  readonly watchEdits?: PaneHost["watchEdits"];
  private readonly caps: OfficeCapabilities;

  constructor(
    readonly lang: Lang,
    private readonly options: OfficeHostOptions = {},
  ) {
    this.caps = options.capabilities ?? hostCapabilities();
    // Worksheet.onChanged is ExcelApi 1.7: without it the switch is not shown (SPEC §14).
    if (this.caps.excelApi(7)) this.watchEdits = (sheets, onBurst) => this.watch(sheets, onBurst);
  }

  async readWorkbook(): Promise<WorkbookData> {
    const read = await runExcel((context) => readOfficeWorkbook(context), this.options);
    return read.workbook;
  }

  async applyPlan(plan: WorkbookPlan): Promise<void> {
    await runExcel((context) => applyOfficePlan(context, plan, { capabilities: this.caps }), this.options);
  }

  async addReviewNote(request: ReviewNoteRequest, lang: Lang, now: Date): Promise<void> {
    const out = await runExcel(
      (context) => addReviewNoteInExcel(context, request, { lang, now }, this.caps),
      this.options,
    );
    if (out.problem) throw PaneError.of(out.problem);
  }

  async capaianSelection(): Promise<CapaianSelection> {
    const selection = await runExcel((context) => selectionForCapaian(context), this.options);
    if (!selection) throw new PaneError(NOT_A_BLOCK);
    return selection;
  }

  async insertCapaian(request: InsertCapaianRequest): Promise<void> {
    const out = await runExcel((context) => insertCapaianInExcel(context, request, this.caps), this.options);
    if (out.problem) throw PaneError.of(out.problem);
  }

  private async watch(
    sheets: readonly string[],
    onBurst: (burst: EditBurst) => Promise<void>,
  ): Promise<EditWatch> {
    return watchSheets(sheets, onBurst, this.options);
  }

  async build(choice: BuildChoice): Promise<readonly string[]> {
    const { lang, generatedAt, ...rest } = choice;
    const result = await buildInExcel(rest, lang, { now: generatedAt });
    if (result.problem) throw PaneError.of(result.problem);
    return result.sheets;
  }

  async importSources(): Promise<ImportSources> {
    return importSourcesInExcel();
  }

  async previewImport(request: ImportRequest): Promise<ImportPreviewed> {
    return previewInExcel(request);
  }

  async importTemplate(request: ImportRequest): Promise<ImportDone> {
    const result = await importInExcel(request);
    if (result.problem) throw PaneError.of(result.problem);
    return result;
  }

  /** Gabung in Excel: the files are read and checked here, the Pemda sheets written after backups. */
  async gabung(picked: readonly PickedWorkbook[], lang: Lang): Promise<GabungDone> {
    // Every file's check (the heavy part) in the pane's worker; Excel is read and written here.
    const batch = await paneWorker.run({ op: "batch", picked, lang });
    const done = await gabungInExcel(batch, lang);
    if (done.problem) throw PaneError.of(done.problem);
    const { opds, total, perLevel, errors, warnings, backups } = done;
    return { opds, total, perLevel, errors, warnings, backups, cross: batch.cross };
  }

  async compare(request: CompareRequest, lang: Lang): Promise<CompareDone> {
    const { old, oldName, write } = request;
    const options = { ...this.options, capabilities: this.caps };
    // The diff runs in the pane's worker, between the read and the write of the same Excel.run.
    return compareInExcel(old, { oldName, write }, lang, options, (o, data, diff, context) =>
      paneWorker.run({
        op: "diff",
        old: paneWorker.ref(o),
        data: paneWorker.ref(data),
        request: diff,
        ...context,
      }),
    );
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await runExcel((context) => selectCell(context, sheet, cell), this.options);
  }

  explainError(err: unknown, lang: Lang): string {
    // The pane's own messages first; anything else came from Excel (runExcel explains it).
    return err instanceof PaneError ? explainPaneError(err, lang) : explainOfficeError(err)[lang];
  }
}
