/**
 * Fake `WorksheetCollection` and `Worksheet` proxies (see fakeExcel.ts for what is emulated).
 * A worksheet proxy finds its sheet when its first queued operation runs, as Office.js
 * resolves an object path at sync time.
 */
import { fakeCharts } from "./fakeCharts";
import { FakeSheet } from "./fakeGrid";
import { FakeOfficeError, Loadable, recorder, type Batch } from "./fakeRecorder";
import { FakeRange } from "./fakeRange";
import { FakeShapes } from "./fakeShapes";
import { resizeTable } from "./fakeTables";

export interface Workbook {
  readonly sheets: FakeSheet[];
  active?: FakeSheet;
  selection?: { sheet: string; address: string };
}

export class FakeWorksheets extends Loadable {
  constructor(
    batch: Batch,
    private readonly book: Workbook,
  ) {
    super(batch);
  }

  get items(): FakeWorksheet[] {
    return this.loadedValue<FakeWorksheet[]>("items/name");
  }

  protected snapshot(prop: string): unknown {
    if (prop !== "items/name" && prop !== "items/id")
      throw new TypeError(`fake Excel: cannot load worksheets ${prop}`);
    return this.book.sheets.map((s) => FakeWorksheet.loadedFor(this.batch, this.book, s));
  }

  /** "items/name,items/id" loads one list: make `items` answer either. */
  override load(props: string | string[]): this {
    const list = (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim());
    return super.load(
      list.includes("items/id") && !list.includes("items/name") ? [...list, "items/name"] : list,
    );
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.batch, this.book, () => find(this.book, name) ?? notFound(name));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.batch, this.book, () => find(this.book, name) ?? notFound(name));
    this.batch.queue(`getItemOrNullObject(${name})`, name, () =>
      ws.setNull(find(this.book, name) === undefined),
    );
    return ws;
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    this.batch.queue(`worksheets.add(${name})`, name, () => {
      if (find(this.book, name))
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} exists.`);
      created = new FakeSheet(name);
      this.book.sheets.push(created);
    });
    return new FakeWorksheet(this.batch, this.book, () => created ?? notFound(name));
  }
}

export class FakeWorksheet extends Loadable {
  private sheet?: FakeSheet;
  readonly freezePanes: {
    freezeRows(n: number): void;
    freezeColumns(n: number): void;
    freezeAt(r: FakeRange): void;
  };
  readonly tables: {
    add(range: FakeRange | string, hasHeaders: boolean): Record<string, unknown>;
    getItem(name: string): { resize(range: FakeRange | string): void };
  };
  readonly shapes: FakeShapes;
  readonly charts: ReturnType<typeof fakeCharts>;
  readonly pageLayout: Record<string, unknown>;
  /** `horizontalPageBreaks` / `verticalPageBreaks` (ExcelApi 1.9): a break above / left of the range. */
  readonly horizontalPageBreaks: { add(range: FakeRange | string): void };
  readonly verticalPageBreaks: { add(range: FakeRange | string): void };

  constructor(
    batch: Batch,
    private readonly book: Workbook,
    private readonly find: () => FakeSheet,
  ) {
    super(batch);
    this.freezePanes = {
      freezeRows: (n) => this.op(`freezeRows(${n})`, n, (s) => (s.freeze = { rows: n, cols: 0 })),
      freezeColumns: (n) => this.op(`freezeColumns(${n})`, n, (s) => (s.freeze = { rows: 0, cols: n })),
      freezeAt: (r) => this.op("freezeAt", 0, () => r.freezeAt()),
    };
    this.tables = {
      add: (range, hasHeaders) => this.addTable(range, hasHeaders),
      getItem: (name) => ({
        resize: (range) =>
          this.op(`tables.getItem(${name}).resize`, name, (s) =>
            resizeTable(s, name, typeof range === "string" ? range : range.addressNow()),
          ),
      }),
    };
    this.shapes = new FakeShapes(batch, () => this.resolve());
    this.charts = fakeCharts(batch, () => this.resolve());
    const layout = { orientation: "set", zoom: "set", paperSize: "set", leftMargin: "set", rightMargin: "set", topMargin: "set", bottomMargin: "set", headerMargin: "set", footerMargin: "set", setPrintTitleRows: "call", headersFooters: { defaultForAllPages: { centerHeader: "set", centerFooter: "set" } } } as const; // prettier-ignore
    this.pageLayout = recorder(batch, "pageLayout", layout, (path, value) => {
      this.resolve().pageLayout[path] = value;
    });
    const pageBreak = (axis: "rows" | "cols") => ({
      add: (range: FakeRange | string) =>
        this.op(`${axis === "rows" ? "horizontal" : "vertical"}PageBreaks.add`, 0, (s) => {
          const cell = typeof range === "string" ? range : range.addressNow();
          s.pageBreaks[axis].push(topLeft(cell.split("!").pop()!, axis));
        }),
    });
    this.horizontalPageBreaks = pageBreak("rows");
    this.verticalPageBreaks = pageBreak("cols");
  }

  static loadedFor(batch: Batch, book: Workbook, sheet: FakeSheet): FakeWorksheet {
    const ws = new FakeWorksheet(batch, book, () => sheet);
    ws.markLoaded("name", sheet.name);
    ws.markLoaded("id", sheet.id);
    return ws;
  }

  get id(): string {
    return this.loadedValue<string>("id");
  }

  /**
   * `worksheet.onChanged` (ExcelApi 1.7): `add` registers at the next sync and gives the
   * handler's result, whose `remove()` unregisters at the sync after it. The fake fires the
   * handlers from `FakeExcel.userEdit`.
   */
  get onChanged(): { add(handler: (args: Record<string, unknown>) => Promise<unknown>): unknown } {
    return {
      add: (handler) => {
        this.op("onChanged.add", 0, (s) => s.changeHandlers.add(handler));
        return {
          context: this.batch,
          remove: () => this.op("onChanged.remove", 0, (s) => s.changeHandlers.delete(handler)),
        };
      },
    };
  }

  /** The sheet, found on first use (at sync time). */
  resolve(): FakeSheet {
    this.sheet ??= this.find();
    if (!this.book.sheets.includes(this.sheet))
      throw new FakeOfficeError("ItemNotFound", "The sheet was deleted.");
    return this.sheet;
  }

  setNull(isNull: boolean): void {
    this.markLoaded("isNullObject", isNull);
  }

  get isNullObject(): boolean {
    return this.loadedValue<boolean>("isNullObject");
  }

  get name(): string {
    return this.loadedValue<string>("name");
  }

  set tabColor(color: string) {
    this.op("set tabColor", color, (s) => (s.tabColor = color));
  }

  /** Renames the sheet (after `copy()`), refusing a name another sheet has. */
  set name(name: string) {
    this.op("set name", name, (s) => {
      if (find(this.book, name) && find(this.book, name) !== s)
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} exists.`);
      s.name = name;
    });
  }

  /** `worksheet.copy(positionType)` (ExcelApi 1.10): the copy is named like Excel's, "Name (2)". */
  copy(positionType: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    this.op(`copy(${positionType})`, positionType, (s) => {
      if (positionType !== "End") throw new TypeError("fake Excel: only copy('End') is emulated");
      let k = 2;
      while (find(this.book, `${s.name} (${k})`)) k++;
      const taken = new Set(this.book.sheets.flatMap((x) => x.tables.map((t) => t.name.toLowerCase())));
      created = s.copyAs(`${s.name} (${k})`, (old) => {
        let n = 2;
        while (taken.has(`${old}${n}`.toLowerCase())) n++;
        taken.add(`${old}${n}`.toLowerCase());
        return `${old}${n}`;
      });
      this.book.sheets.push(created);
    });
    return new FakeWorksheet(this.batch, this.book, () => created ?? notFound("copy"));
  }

  set showGridlines(show: boolean) {
    this.op("set showGridlines", show, (s) => (s.showGridlines = show));
  }

  protected snapshot(prop: string): unknown {
    if (prop === "name") return this.resolve().name;
    if (prop === "id") return this.resolve().id;
    throw new TypeError(`fake Excel: cannot load worksheet ${prop}`);
  }

  getRange(address?: string): FakeRange {
    // No address: the whole sheet.
    return FakeRange.fromAddress(this.batch, this, address ?? "A1:XFD1048576");
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.batch, this, () => ({ row, col, rows, cols }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    // Without valuesOnly, cells formatted but empty count too (number formats are what the fake keeps).
    return new FakeRange(this.batch, this, () => this.resolve().usedBounds(valuesOnly !== true), true);
  }

  delete(): void {
    this.op("delete", 0, (s) => {
      if (this.book.sheets.length === 1)
        throw new FakeOfficeError("InvalidOperation", "Cannot delete the only sheet.");
      this.book.sheets.splice(this.book.sheets.indexOf(s), 1);
      if (this.book.active === s) this.book.active = this.book.sheets[0];
    });
  }

  activate(): void {
    this.op("activate", 0, (s) => (this.book.active = s));
  }

  /** Not an Office.js member: how a fake range's `select()` records the selection. */
  fakeSelect(address: string): void {
    this.book.selection = { sheet: this.resolve().name, address };
    this.book.active = this.resolve();
  }

  /** Queues an operation on the sheet. */
  op(what: string, payload: unknown, run: (sheet: FakeSheet) => void): void {
    this.batch.queue(`${what}`, payload, () => run(this.resolve()));
  }

  private addTable(range: FakeRange | string, hasHeaders: boolean): Record<string, unknown> {
    const r = typeof range === "string" ? this.getRange(range) : range;
    const table = { address: "", name: "", hasHeaders } as FakeSheet["tables"][number];
    this.op("tables.add", hasHeaders, (s) => {
      table.address = r.addressNow();
      table.name = `Table${s.tables.length + 1}`;
      s.tables.push(table);
    });
    return recorder(this.batch, "table", { name: "set", style: "set" }, (path, value) => {
      if (path === "table.name") table.name = String(value);
      else table.style = String(value);
    });
  }
}

function find(book: Workbook, name: string): FakeSheet | undefined {
  return book.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

function notFound(name: string): never {
  throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${name}`);
}

/** The 0-based row or column of a range address's top-left cell ("C5:D9" → row 4, col 2). */
function topLeft(address: string, axis: "rows" | "cols"): number {
  const m = /^\$?([A-Z]+)\$?(\d+)/.exec(address);
  if (!m) throw new TypeError(`fake Excel: not a range address: ${address}`);
  if (axis === "rows") return Number(m[2]) - 1;
  return [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}
