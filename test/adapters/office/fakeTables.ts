/**
 * Fake proxies the import needs on top of fakeWorksheet.ts/fakeRange.ts (see fakeExcel.ts for
 * what is emulated): the workbook's table collection (names, each table's range address and
 * `resize`), the selected range, and a sheet's merged areas as `RangeAreas`.
 */
import { a1, parseA1 } from "../../../src/core/a1";
import type { FakeSheet } from "./fakeGrid";
import { FakeOfficeError, Loadable, type Batch } from "./fakeRecorder";
import type { Workbook } from "./fakeWorksheet";

type Table = FakeSheet["tables"][number];

/** `context.workbook.tables`: load("items/name"), then each item's `getRange()`. */
export class FakeWorkbookTables extends Loadable {
  constructor(
    batch: Batch,
    private readonly book: Workbook,
  ) {
    super(batch);
  }

  get items(): FakeTable[] {
    return this.loadedValue<FakeTable[]>("items/name");
  }

  protected snapshot(prop: string): unknown {
    if (prop !== "items/name") throw new TypeError(`fake Excel: cannot load tables ${prop}`);
    return this.book.sheets.flatMap((s) => s.tables.map((t) => new FakeTable(this.batch, t)));
  }
}

/** One loaded table: its name, and `getRange()` whose address can be loaded. */
export class FakeTable {
  constructor(
    private readonly batch: Batch,
    private readonly table: Table,
  ) {}

  get name(): string {
    return this.table.name;
  }

  getRange(): FakeAddress {
    return new FakeAddress(this.batch, () => this.table.address);
  }
}

/** A proxy whose only loadable property is `address` (and `isNullObject` when nullable). */
export class FakeAddress extends Loadable {
  constructor(
    batch: Batch,
    private readonly locate: () => string | undefined,
  ) {
    super(batch);
  }

  get address(): string {
    return this.loadedValue<string>("address");
  }

  get isNullObject(): boolean {
    return this.loadedValue<boolean>("isNullObject");
  }

  protected snapshot(prop: string): unknown {
    const address = this.locate();
    this.markLoaded("isNullObject", address === undefined);
    if (prop === "address" || prop === "isNullObject")
      return prop === "address" ? address : address === undefined;
    throw new TypeError(`fake Excel: cannot load ${prop} here`);
  }
}

/** `worksheet.tables.getItem(name).resize(range)` (ExcelApi 1.13), recorded on the sheet's table. */
export function resizeTable(sheet: FakeSheet, name: string, address: string): void {
  const table = sheet.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  if (!table) throw new FakeOfficeError("ItemNotFound", `No table ${name}.`);
  const [oldFrom] = table.address.split("!")[1]!.split(":");
  const [newFrom] = address.split("!").pop()!.split(":");
  // Excel: "the header row must stay in the same row, and the table must keep overlapping".
  if (parseA1(oldFrom!)?.row !== parseA1(newFrom!)?.row)
    throw new FakeOfficeError("InvalidArgument", "The table's header row cannot move.");
  table.address = `${sheet.name}!${address.split("!").pop()}`;
}

/** The merged areas of a sheet as Office.js's RangeAreas.address gives them, or undefined. */
export function mergedAreas(sheet: FakeSheet): string | undefined {
  if (sheet.merges.length === 0) return undefined;
  return sheet.merges.map((m) => (m.includes("!") ? m : `${sheet.name}!${m}`)).join(", ");
}

/** The address of a cell block, `Sheet!A1:C3`. */
export function blockAddress(sheet: string, row: number, col: number, rows: number, cols: number): string {
  const from = a1(row, col);
  const to = a1(row + rows - 1, col + cols - 1);
  return `${sheet}!${from}${from === to ? "" : `:${to}`}`;
}
