/**
 * The in-memory worksheet behind the fake Excel object model (fakeExcel.ts): cells with a
 * value, a formula and a number format, plus everything else the adapter writes, recorded as
 * plain data so tests can look at it.
 *
 * Cell input is parsed the way Excel parses what is written to `range.values` or
 * `range.formulas` (which is what makes "text stays text" testable): a leading `'` makes text
 * (not shown); `=`, and a non-numeric `+`, `-` or `@` start, make a formula; numeric text
 * becomes a number; TRUE/FALSE become booleans; a cell formatted `@` keeps everything as text.
 * Formulas are not calculated, except HYPERLINK, whose value is its friendly name;
 * any other formula reads back as `#FAKE!`.
 */

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  quotePrefix?: boolean;
}

export interface FakeShape {
  kind: "geometric" | "line" | "group";
  type: string;
  name: string;
  props: Record<string, unknown>;
  begin?: { shape: string; site: number };
  end?: { shape: string; site: number };
  members?: string[];
}

/** A chart of the fake: addresses as the fake gives them (`Sheet!A1:B2`). */
export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title?: string;
  /** Per series index, the address of its axis labels. */
  xAxisValues: Record<number, string>;
  position?: [string, string];
}

let sheetIds = 0;

export class FakeSheet {
  private readonly cells = new Map<number, FakeCell>();
  private readonly formats = new Map<number, string>();
  merges: string[] = [];
  validations: { address: string; rule: unknown }[] = [];
  conditionalFormats: {
    address: string;
    type: string;
    rule?: unknown;
    fill?: string;
    fontColor?: string;
    /** A colour scale's or data bar's settings: `{ "colorScale.criteria": … }`. */
    settings?: Record<string, unknown>;
  }[] = [];
  /** Charts added (`worksheet.charts.add`), with their source, title, axis labels and place. */
  charts: FakeChart[] = [];
  tables: { address: string; name: string; style?: string; hasHeaders: boolean }[] = [];
  shapes: FakeShape[] = [];
  freeze?: { rows: number; cols: number };
  /** Formatting writes, in order: `{ address, prop, value }` (e.g. "format.font.bold"). */
  formatLog: { address: string; prop: string; value: unknown }[] = [];
  pageLayout: Record<string, unknown> = {};
  /** Manual page breaks: 0-based rows a page starts at, and columns. */
  pageBreaks: { rows: number[]; cols: number[] } = { rows: [], cols: [] };
  tabColor?: string;
  showGridlines = true;

  /** `worksheet.id`, unique in the fake. */
  readonly id = `{fake-sheet-${++sheetIds}}`;
  /** Handlers added with `worksheet.onChanged.add` (and not removed). */
  readonly changeHandlers = new Set<(args: Record<string, unknown>) => Promise<unknown>>();

  constructor(public name: string) {}

  /** A whole copy under another name, as `worksheet.copy()` makes it (tables get new names). */
  copyAs(name: string, tableName: (old: string) => string): FakeSheet {
    const copy = new FakeSheet(name);
    for (const [k, v] of this.cells) copy.cells.set(k, { ...v });
    for (const [k, v] of this.formats) copy.formats.set(k, v);
    const moved = (address: string) => `${name}!${address.split("!").pop()}`;
    copy.merges = this.merges.map(moved);
    copy.validations = this.validations.map((v) => ({ ...v, address: moved(v.address) }));
    copy.conditionalFormats = this.conditionalFormats.map((c) => ({ ...c, address: moved(c.address) }));
    copy.tables = this.tables.map((t) => ({ ...t, name: tableName(t.name), address: moved(t.address) }));
    copy.formatLog = this.formatLog.map((f) => ({ ...f, address: moved(f.address) }));
    copy.freeze = this.freeze && { ...this.freeze };
    copy.pageLayout = { ...this.pageLayout };
    copy.pageBreaks = { rows: [...this.pageBreaks.rows], cols: [...this.pageBreaks.cols] };
    copy.tabColor = this.tabColor;
    copy.showGridlines = this.showGridlines;
    return copy;
  }

  /** Writes what a user (or `range.values`) would type into a cell. */
  input(row: number, col: number, raw: unknown): void {
    const key = keyOf(row, col);
    const cell = parseInput(raw, this.formats.get(key) === "@");
    if (cell === undefined) this.cells.delete(key);
    else this.cells.set(key, cell);
  }

  /**
   * A formula Excel has calculated: `values` give its result, `formulas` the formula — what a
   * workbook opened in Excel holds (the fake does not calculate by itself).
   */
  calculated(row: number, col: number, formula: string, result: string | number | boolean): void {
    this.cells.set(keyOf(row, col), { value: result, formula });
  }

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(keyOf(row, col));
  }

  setFormat(row: number, col: number, format: string): void {
    this.formats.set(keyOf(row, col), format);
  }

  format(row: number, col: number): string {
    return this.formats.get(keyOf(row, col)) ?? "General";
  }

  /**
   * The bounding box of the cells holding a value (valuesOnly used range), or with `formatted`
   * also of the cells with a number format other than General (Excel's full used range), or undefined.
   */
  usedBounds(formatted = false): { row: number; col: number; rows: number; cols: number } | undefined {
    let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1; // prettier-ignore
    const styled = formatted ? [...this.formats].filter(([, f]) => f !== "General").map(([k]) => k) : [];
    for (const key of [...this.cells.keys(), ...styled]) {
      const r = Math.floor(key / COLS), c = key % COLS; // prettier-ignore
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c); // prettier-ignore
    }
    return r1 < 0 ? undefined : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  /** Values as Office.js reads them: "" for empty cells. */
  valueGrid(row: number, col: number, rows: number, cols: number): (string | number | boolean)[][] {
    return grid(rows, cols, (r, c) => this.cell(row + r, col + c)?.value ?? "");
  }

  formulaGrid(row: number, col: number, rows: number, cols: number): (string | number | boolean)[][] {
    return grid(rows, cols, (r, c) => {
      const cell = this.cell(row + r, col + c);
      return cell?.formula ?? cell?.value ?? "";
    });
  }

  formatGrid(row: number, col: number, rows: number, cols: number): string[][] {
    return grid(rows, cols, (r, c) => this.format(row + r, col + c));
  }
}

const COLS = 16384; // Excel's column count: a cell key is row * COLS + col

function keyOf(row: number, col: number): number {
  return row * COLS + col;
}

function grid<T>(rows: number, cols: number, at: (r: number, c: number) => T): T[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => at(r, c)));
}

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i;

function parseInput(raw: unknown, textFormat: boolean): FakeCell | undefined {
  if (raw === null || raw === undefined || raw === "") return undefined;
  if (typeof raw === "number" || typeof raw === "boolean") return { value: raw };
  const text = String(raw);
  if (textFormat) return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1), quotePrefix: true };
  if (NUMERIC.test(text)) {
    const n = Number(text.replace("%", ""));
    return { value: text.endsWith("%") ? n / 100 : n };
  }
  if (/^(true|false)$/i.test(text)) return { value: text.toUpperCase() === "TRUE" };
  if (text.length > 1 && /^[=+\-@]/.test(text)) {
    const formula = text.startsWith("=") ? text : `=${text}`;
    return { value: hyperlinkName(formula) ?? "#FAKE!", formula };
  }
  return { value: text };
}

function hyperlinkName(formula: string): string | undefined {
  const m = /^=HYPERLINK\("(?:[^"]|"")*","((?:[^"]|"")*)"\)$/.exec(formula);
  return m ? m[1]!.replace(/""/g, '"') : undefined;
}
