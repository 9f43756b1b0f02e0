/**
 * A RECORDING FAKE of the part of the Excel JavaScript API the Office adapter uses, backed by
 * in-memory sheets (fakeGrid.ts) so reads return what writes put there.
 *
 * What it emulates, like Office.js:
 * - batching: every write, load and method call is queued and runs only at `context.sync()`,
 *   in order; errors (ItemNotFound, a duplicate sheet name, a values array of the wrong size)
 *   surface at that sync, and the operations queued before the failing one stay applied;
 * - laziness: a property read before `load()` + `sync()` throws "PropertyNotLoaded";
 * - the payload limit: a sync whose queued writes exceed `payloadLimit` bytes (JSON size of
 *   the arguments) is rejected whole with RequestPayloadSizeLimitExceeded;
 * - cell-edit mode: while `cellEditMode` is true every sync fails with
 *   InvalidOperationInCellEditMode;
 * - how Excel parses written text (see fakeGrid.ts): `'` prefix, formulas, numbers, booleans.
 *
 * What it does NOT emulate: calculation (formulas read back as `#FAKE!`, HYPERLINK as its
 * name), rendering (fonts, widths, shapes are only recorded), merged-cell write rules, table
 * overlap rules, events other than `worksheet.onChanged` (fired by `userEdit`), undo, real payload encoding (its byte count is an estimate), the
 * response payload limit, and any API the adapter does not use (unknown members throw).
 * Members missing from TESTING.md's API-set table are refused even where implemented (fakeAudit.ts).
 */
import { parseA1 } from "../../../src/core/a1";
import { audited } from "./fakeAudit";
import { FakeSheet, type FakeShape } from "./fakeGrid";
import { FakeOfficeError, type Batch, type QueuedOp } from "./fakeRecorder";
import { FakeAddress, FakeWorkbookTables } from "./fakeTables";
import { FakeWorksheets, type Workbook } from "./fakeWorksheet";

export { FakeOfficeError } from "./fakeRecorder";
export { FakeSheet, type FakeShape } from "./fakeGrid";

export interface FakeExcelOptions {
  /** Bytes per sync before Excel on the web rejects the request (default: no limit). */
  readonly payloadLimit?: number;
}

/** The workbook, the counters, and `run`, a stand-in for `Excel.run`. */
export class FakeExcel implements Workbook {
  readonly sheets: FakeSheet[] = [];
  active?: FakeSheet;
  selection?: { sheet: string; address: string };
  /** `context.sync()` calls so far (failed ones included). */
  syncs = 0;
  /** Method calls and property writes on proxies so far. */
  proxyCalls = 0;
  /** Bytes queued per sync, in order. */
  readonly batchBytes: number[] = [];
  /** Every queued operation, as text ("Program!A1:C3 set values" …). */
  readonly log: string[] = [];
  /** While true, every sync fails like Excel does when the user is editing a cell. */
  cellEditMode = false;
  /** Excel.run calls so far. */
  runs = 0;

  constructor(private readonly options: FakeExcelOptions = {}) {}

  /** Adds a sheet holding these values from A1 (test setup; no sync counted). */
  addSheet(
    name: string,
    values: readonly (readonly unknown[])[] = [],
    formats?: (string | undefined)[][],
  ): FakeSheet {
    const sheet = new FakeSheet(name);
    values.forEach((row, r) => row.forEach((v, c) => sheet.input(r, c, typeof v === "string" ? `'${v}` : v)));
    formats?.forEach((row, r) => row.forEach((f, c) => f && sheet.setFormat(r, c, f)));
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  /**
   * A user's edit: what they type or paste into `address` (e.g. "B2:C3") lands in the sheet, and
   * the sheet's `onChanged` handlers fire, as Excel fires them after the edit (no sync counted).
   * A whole column ("D:D") with no values is cleared. `changeType` "RowInserted"/"RowDeleted"
   * only fires the event (the fake does not shift rows).
   */
  userEdit(
    sheetName: string,
    address: string,
    values: readonly (readonly unknown[])[],
    changeType = "RangeEdited",
  ): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new TypeError(`fake Excel: no sheet ${sheetName}`);
    if (changeType === "RangeEdited") {
      const column = /^([A-Z]+):\1$/.exec(address);
      const top = column ? undefined : parseA1(address.split(":")[0] ?? "");
      if (column) {
        // A whole column cleared (the only whole-range edit the fake emulates).
        const c = parseA1(`${column[1]}1`)!.col;
        const used = sheet.usedBounds();
        for (let r = 0; used && r < used.row + used.rows; r++) sheet.input(r, c, "");
      } else if (top) {
        values.forEach((row, r) => row.forEach((v, c) => sheet.input(top.row + r, top.col + c, v)));
      } else throw new TypeError(`fake Excel: unsupported address ${address}`);
    }
    for (const handler of sheet.changeHandlers)
      void handler({ type: "WorksheetChanged", worksheetId: sheet.id, address, changeType, source: "Local" });
  }

  /** Queued operations that write to the workbook (everything but loads and event handlers). */
  get writes(): string[] {
    return this.log.filter((what) => !/^(load\(|getItemOrNullObject|onChanged\.)/.test(what));
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Like `Excel.run`: a fresh request context for one batch function. */
  run = async <T>(batchFn: (context: FakeContext) => Promise<T>): Promise<T> => {
    this.runs++;
    // The code under test sees only the members the API-set audit lists (fakeAudit.ts).
    return batchFn(audited(new FakeContext(this, this.options), "Excel.RequestContext"));
  };
}

/** One request context: its queue, `workbook.worksheets` and `sync()`. */
export class FakeContext implements Batch {
  private ops: (QueuedOp & { what: string })[] = [];
  readonly workbook: {
    worksheets: FakeWorksheets;
    tables: FakeWorkbookTables;
    getSelectedRange(): FakeAddress;
  };

  constructor(
    private readonly excel: FakeExcel,
    private readonly options: FakeExcelOptions,
  ) {
    this.workbook = {
      worksheets: new FakeWorksheets(this, excel),
      tables: new FakeWorkbookTables(this, excel),
      // Excel always has a selection; the fake's default is A1 of the active sheet.
      getSelectedRange: () =>
        new FakeAddress(this, () =>
          excel.selection
            ? `${excel.selection.sheet}!${excel.selection.address}`
            : `${(excel.active ?? excel.sheets[0])?.name ?? "Sheet1"}!A1`,
        ),
    };
  }

  queue(what: string, payload: unknown, run: () => void): void {
    this.excel.proxyCalls++;
    const bytes = (JSON.stringify(payload) ?? "").length + what.length;
    this.ops.push({ what, bytes, run });
  }

  async sync(): Promise<void> {
    this.excel.syncs++;
    const ops = this.ops;
    this.ops = [];
    await Promise.resolve(); // a sync always yields, as the real round trip does
    const bytes = ops.reduce((n, op) => n + op.bytes, 0);
    this.excel.batchBytes.push(bytes);
    if (this.excel.cellEditMode) {
      throw new FakeOfficeError(
        "InvalidOperationInCellEditMode",
        "The operation is not allowed in cell-edit mode.",
      );
    }
    if (this.options.payloadLimit !== undefined && bytes > this.options.payloadLimit) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit.",
      );
    }
    for (const op of ops) {
      this.excel.log.push(op.what);
      op.run();
    }
  }
}

export type { FakeShape as Shape };
