import { applyOfficePlan } from "../../adapters/office/applyPlan";
import { explainOfficeError } from "../../adapters/office/errors";
import { readOfficeWorkbook } from "../../adapters/office/readWorkbook";
import { runExcel } from "../../adapters/office/runAction";
import { selectCell } from "../../adapters/office/select";
import type { WorkbookPlan } from "../../core/plans/types";
import type { Lang } from "../../core/rules/types";
import type { WorkbookData } from "../../core/sheet";
import type { PaneHost } from "../host";
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

  async selectCell(sheet: string, cell: string): Promise<void> {
    await runExcel((context) => selectCell(context, sheet, cell));
  }

  explainError(err: unknown, lang: Lang): string {
    // The pane's own messages first; anything else came from Excel (runExcel explains it).
    return err instanceof PaneError ? explainPaneError(err, lang) : explainOfficeError(err)[lang];
  }
}
