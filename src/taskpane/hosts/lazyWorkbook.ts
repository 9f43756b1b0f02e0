import { nameKey } from "../../core/text";
import type { RangeRef, WorkbookPlan } from "../../core/plans/types";
import type { WorkbookData } from "../../core/sheet";
import { STRINGS } from "../i18n";
import { PaneError } from "./paneError";
import type { OpenedXlsx } from "./openXlsx";
import { withFileName } from "./sniffXlsx";
import type { Workbook } from "./xlsxRuntime";

/** ExcelJS and the .xlsx writer, fetched on the first write: never to open or check a file. */
const runtime = () => import(/* webpackChunkName: "xlsx" */ "./xlsxRuntime");

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The ExcelJS workbook behind the pane's open file outside Office, made only when something is
 * written into it (Buat, Impor, a review note) or it is downloaded after a write. Opening and
 * checking a file use Pokin's own reader, so ExcelJS's chunk is not loaded for them.
 */
export class LazyWorkbook {
  private made: Promise<Workbook> | undefined;

  private constructor(
    private readonly make: () => Promise<Workbook>,
    /** Merged ranges by sheet name until ExcelJS holds the workbook (then it answers). */
    private readonly merges: ReadonlyMap<string, readonly RangeRef[]>,
    /** The file as opened, while nothing has been written into it. */
    private readonly bytes?: ArrayBuffer,
  ) {}

  /**
   * A new workbook that `plan` writes (the sample, Templat's new workbook).
   * @example LazyWorkbook.fromPlan(templateAction({ sample: true, lang: "id" }).plan)
   */
  static fromPlan(plan: WorkbookPlan): LazyWorkbook {
    const merges = new Map(plan.sheets.map((s) => [s.name, s.merges ?? []]));
    return new LazyWorkbook(async () => {
      const x = await runtime();
      const wb = x.newWorkbook();
      x.writePlan(wb, plan);
      return wb;
    }, merges);
  }

  /**
   * The workbook of a file read by {@link openXlsx}: ExcelJS loads the same bytes on the first write.
   * @example LazyWorkbook.fromFile(await openXlsx(bytes, name), bytes, name)
   */
  static fromFile(opened: OpenedXlsx, bytes: ArrayBuffer, fileName: string): LazyWorkbook {
    const { workbook } = opened;
    if (workbook) return new LazyWorkbook(() => Promise.resolve(workbook), opened.merges);
    const make = async (): Promise<Workbook> => {
      const x = await runtime();
      try {
        return await x.openWorkbook(bytes);
      } catch {
        throw new PaneError(withFileName(STRINGS.fileUnreadable, fileName));
      }
    };
    return new LazyWorkbook(make, opened.merges, bytes);
  }

  /** The merged ranges of `sheet` (for the import's header reading). */
  async mergesOf(sheet: string): Promise<RangeRef[]> {
    if (this.made) return (await runtime()).sheetMerges(await this.made, sheet);
    for (const [name, ranges] of this.merges) if (nameKey(name) === nameKey(sheet)) return [...ranges];
    return [];
  }

  /**
   * Writes `plan` into the workbook (ExcelJS loads here, on the first write).
   * @returns the workbook's values afterwards
   */
  async write(plan: WorkbookPlan): Promise<WorkbookData> {
    const wb = await this.workbook();
    const x = await runtime();
    x.writePlan(wb, plan);
    return x.dataOf(wb);
  }

  /** The workbook as an .xlsx file: the opened file's own bytes while nothing was written. */
  async blob(): Promise<Blob> {
    if (!this.made && this.bytes) return new Blob([this.bytes], { type: XLSX_TYPE });
    const wb = await this.workbook();
    return (await runtime()).saveWorkbook(wb);
  }

  private workbook(): Promise<Workbook> {
    this.made ??= this.make().catch((err: unknown) => {
      this.made = undefined;
      throw err;
    });
    return this.made;
  }
}
