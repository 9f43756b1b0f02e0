import { applyOfficePlan } from "../../adapters/office/applyPlan";
import { buildInExcel } from "../../adapters/office/buildAction";
import { explainOfficeError } from "../../adapters/office/errors";
import { importInExcel, importSourcesInExcel, previewInExcel } from "../../adapters/office/importAction";
import { readOfficeWorkbook } from "../../adapters/office/readWorkbook";
import { runExcel } from "../../adapters/office/runAction";
import { selectCell } from "../../adapters/office/select";
import type { WorkbookPlan } from "../../core/plans/types";
import type { Lang } from "../../core/messages";
import type { WorkbookData } from "../../core/sheet";
import type { BuildChoice, PaneHost } from "../host";
import type { ImportDone, ImportPreviewed, ImportRequest, ImportSources } from "../importHost";
import { explainPaneError, PaneError } from "./paneError";

/** The pane's host inside Excel: every action is one `Excel.run` through the Office adapter. */
export class OfficeHost implements PaneHost {
  readonly kind = "office";

  constructor(readonly lang: Lang) {}

  async readWorkbook(): Promise<WorkbookData> {
    const read = await runExcel((context) => readOfficeWorkbook(context));
    return read.workbook;
  }

  async applyPlan(plan: WorkbookPlan): Promise<void> {
    await runExcel((context) => applyOfficePlan(context, plan));
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

  async selectCell(sheet: string, cell: string): Promise<void> {
    await runExcel((context) => selectCell(context, sheet, cell));
  }

  explainError(err: unknown, lang: Lang): string {
    // The pane's own messages first; anything else came from Excel (runExcel explains it).
    return err instanceof PaneError ? explainPaneError(err, lang) : explainOfficeError(err)[lang];
  }
}
