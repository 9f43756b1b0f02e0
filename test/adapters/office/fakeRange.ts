/** Fake `Range` proxy (see fakeExcel.ts for what is emulated). */
import { a1, parseA1 } from "../../../src/core/a1";
import { FakeOfficeError, Loadable, recorder, type Batch, type Spec } from "./fakeRecorder";
import { FakeAddress, mergedAreas } from "./fakeTables";
import type { FakeSheet } from "./fakeGrid";
import type { FakeWorksheet } from "./fakeWorksheet";

interface Bounds {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const BORDER: Spec = { returns: { style: "set", weight: "set", color: "set" } };
const FORMAT: Spec = {
  font: { bold: "set", italic: "set", underline: "set", size: "set", color: "set" },
  fill: { color: "set" },
  wrapText: "set",
  horizontalAlignment: "set",
  verticalAlignment: "set",
  columnWidth: "set",
  rowHeight: "set",
  borders: { getItem: BORDER },
};
const VALIDATION: Spec = { rule: "set", errorAlert: "set", clear: "call" };
const CONDITIONAL_FORMAT: Spec = {
  cellValue: { format: { fill: { color: "set" }, font: { color: "set" } }, rule: "set" },
  colorScale: { criteria: "set" },
  dataBar: { positiveFormat: { fillColor: "set" }, lowerBoundRule: "set", upperBoundRule: "set" },
};

export class FakeRange extends Loadable {
  private bounds?: Bounds | null;
  readonly format: Record<string, unknown>;
  readonly dataValidation: Record<string, unknown>;
  readonly conditionalFormats: { add(type: string): Record<string, unknown> };

  constructor(
    batch: Batch,
    private readonly ws: FakeWorksheet,
    private readonly locate: () => Bounds | undefined,
    private readonly nullable = false,
  ) {
    super(batch);
    this.format = recorder(batch, "format", FORMAT, (path, value) => {
      this.ws.resolve().formatLog.push({ address: this.addressNow(), prop: path, value });
    });
    this.dataValidation = recorder(batch, "dataValidation", VALIDATION, (path, value) => {
      const sheet = this.ws.resolve();
      const address = this.addressNow();
      if (path === "dataValidation.clear()")
        sheet.validations = sheet.validations.filter((v) => v.address !== address);
      else if (path === "dataValidation.rule") sheet.validations.push({ address, rule: value });
      else sheet.formatLog.push({ address, prop: path, value });
    });
    this.conditionalFormats = {
      add: (type) => {
        const entry: FakeRangeCf = { address: "", type };
        this.op(`conditionalFormats.add(${type})`, type, () => {
          entry.address = this.addressNow();
          this.ws.resolve().conditionalFormats.push(entry);
        });
        return recorder(batch, "cf", CONDITIONAL_FORMAT, (path, value) => {
          if (path === "cf.cellValue.rule") entry.rule = value;
          else if (path === "cf.cellValue.format.fill.color") entry.fill = String(value);
          else if (path === "cf.cellValue.format.font.color") entry.fontColor = String(value);
          // Colour scales and data bars: every setting by its path under the format.
          else (entry.settings ??= {})[path.replace(/^cf\./, "")] = value;
        });
      },
    };
  }

  static fromAddress(batch: Batch, ws: FakeWorksheet, address: string): FakeRange {
    const [from, to = from] = address.split(":");
    const a = parseA1(from ?? ""), b = parseA1(to ?? ""); // prettier-ignore
    if (!a || !b) throw new TypeError(`fake Excel: unsupported address ${address}`);
    return new FakeRange(batch, ws, () => ({
      row: a.row,
      col: a.col,
      rows: b.row - a.row + 1,
      cols: b.col - a.col + 1,
    }));
  }

  get isNullObject(): boolean {
    return this.loadedValue<boolean>("isNullObject");
  }
  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  set values(v: unknown[][]) {
    this.write("values", v);
  }
  get formulas(): unknown[][] {
    return this.loadedValue("formulas");
  }
  set formulas(v: unknown[][]) {
    this.write("formulas", v);
  }
  get numberFormat(): string[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.op("set numberFormat", v, (b) => {
      checkShape(v, b);
      v.forEach((row, r) => row.forEach((f, c) => this.ws.resolve().setFormat(b.row + r, b.col + c, f)));
    });
  }
  get address(): string {
    return this.loadedValue("address");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }

  merge(across = false): void {
    this.op(`merge(${across})`, across, () => this.ws.resolve().merges.push(this.addressNow()));
  }

  /** The merged areas of the sheet (ExcelApi 1.13), as `RangeAreas` whose address can be loaded. */
  getMergedAreasOrNullObject(): FakeAddress {
    return new FakeAddress(this.batch, () => mergedAreas(this.ws.resolve()));
  }

  select(): void {
    this.op("select", 0, () => this.ws.fakeSelect(this.addressNow().split("!")[1] ?? ""));
  }

  /** Used by the fake `freezePanes.freezeAt`, at sync time. */
  freezeAt(): void {
    const b = this.resolveBounds();
    this.ws.resolve().freeze = { rows: b.row + b.rows, cols: b.col + b.cols };
  }

  /** The address, at sync time: `Sheet!A1:C3`. */
  addressNow(): string {
    const b = this.resolveBounds();
    const end = a1(b.row + b.rows - 1, b.col + b.cols - 1);
    const start = a1(b.row, b.col);
    return `${this.ws.resolve().name}!${start}${end === start ? "" : `:${end}`}`;
  }

  protected snapshot(prop: string): unknown {
    const found = this.findBounds();
    if (this.nullable) this.markLoaded("isNullObject", found === null);
    if (found === null) return undefined;
    const s = this.ws.resolve();
    const b = found;
    switch (prop) {
      case "values": return s.valueGrid(b.row, b.col, b.rows, b.cols); // prettier-ignore
      case "formulas": return s.formulaGrid(b.row, b.col, b.rows, b.cols); // prettier-ignore
      case "numberFormat": return s.formatGrid(b.row, b.col, b.rows, b.cols); // prettier-ignore
      case "address": return this.addressNow(); // prettier-ignore
      case "rowIndex": return b.row; // prettier-ignore
      case "columnIndex": return b.col; // prettier-ignore
      case "rowCount": return b.rows; // prettier-ignore
      case "columnCount": return b.cols; // prettier-ignore
      default: throw new TypeError(`fake Excel: cannot load range ${prop}`); // prettier-ignore
    }
  }

  private write(what: "values" | "formulas", v: unknown[][]): void {
    this.op(`set ${what}`, v, (b) => {
      checkShape(v, b);
      v.forEach((row, r) => row.forEach((x, c) => this.ws.resolve().input(b.row + r, b.col + c, x)));
    });
  }

  private op(what: string, payload: unknown, run: (b: Bounds) => void): void {
    this.batch.queue(what, payload, () => run(this.resolveBounds()));
  }

  private findBounds(): Bounds | null {
    if (this.bounds === undefined) this.bounds = this.locate() ?? null;
    return this.bounds;
  }

  private resolveBounds(): Bounds {
    const b = this.findBounds();
    if (b === null) throw new FakeOfficeError("InvalidArgument", "The range is a null object.");
    return b;
  }
}

type FakeRangeCf = FakeSheet["conditionalFormats"][number];

function checkShape(v: unknown[][], b: Bounds): void {
  if (v.length !== b.rows || v.some((row) => row.length !== b.cols)) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${b.rows}×${b.cols}).`,
    );
  }
}
