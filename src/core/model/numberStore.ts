import { readNumber, type NumberState } from "../values/number";
import type { ColumnMap } from "./columns";
import type { NumberCell } from "./indicator";

/** The states as stored (one byte a cell); the order is the index. */
const STATES: readonly NumberState[] = ["empty", "number", "text", "invalid", "error"];
/** A state's code in a NumberStore. */
export const STATE_CODE: Readonly<Record<NumberState, number>> = {
  empty: 0,
  number: 1,
  text: 2,
  invalid: 3,
  error: 4,
};

/**
 * Where a level sheet's number columns (Baseline, Target YYYY, Realisasi YYYY, the quarters) sit
 * in a row's slots: slot j holds column `cols[j]`. Made once per sheet header.
 */
export interface NumberLayout {
  readonly cols: readonly number[];
  readonly baseline?: number;
  /** year → slot */
  readonly targets: ReadonlyMap<number, number>;
  readonly realisasi: ReadonlyMap<number, number>;
  readonly quarters: ReadonlyMap<number, readonly (number | undefined)[]>;
}

const LAYOUTS = new WeakMap<ColumnMap, NumberLayout>();

/**
 * The number layout of a sheet's columns (kept per ColumnMap, so every row shares it).
 * @example numberLayout(mapColumns(["Kode", "Target 2025"])).targets.get(2025) // 0
 */
export function numberLayout(columns: ColumnMap): NumberLayout {
  const known = LAYOUTS.get(columns);
  if (known) return known;
  const cols: number[] = [];
  const slot = (col: number) => cols.push(col) - 1;
  const slots = (map: ReadonlyMap<number, number>) => new Map([...map].map(([y, c]) => [y, slot(c)]));
  const baseline = columns.fields.baseline === undefined ? undefined : slot(columns.fields.baseline);
  const targets = slots(columns.targets);
  const realisasi = slots(columns.realisasi);
  const quarters = new Map(
    [...columns.quarters].map(([y, qs]) => [y, qs.map((c) => (c === undefined ? undefined : slot(c)))]),
  );
  const layout: NumberLayout = {
    cols,
    ...(baseline !== undefined ? { baseline } : {}),
    targets,
    realisasi,
    quarters,
  };
  LAYOUTS.set(columns, layout);
  return layout;
}

/**
 * The number cells of many rows in two flat typed columns (state, value), so that reading
 * 100,000 indicators allocates no object per cell; a cell becomes a NumberCell only when asked.
 */
export class NumberStore {
  readonly states: Uint8Array;
  readonly values: Float64Array;

  constructor(
    readonly layout: NumberLayout,
    rows: number,
  ) {
    this.states = new Uint8Array(rows * layout.cols.length);
    this.values = new Float64Array(rows * layout.cols.length);
  }

  /**
   * Reads one row's number cells into the slots from `base` (as readNumber reads them).
   * @example store.fill(r * store.layout.cols.length, sheet.values[r], sheet.numberFormats?.[r], false)
   */
  fill(
    base: number,
    row: readonly unknown[],
    formats: readonly (string | undefined)[] | undefined,
    percent: boolean,
  ): void {
    const cols = this.layout.cols;
    const states = this.states;
    const values = this.values;
    // Only a percent row's number formats matter to a plain number (0.755 shown as 75.5%).
    const scaled = percent ? formats : undefined;
    for (let j = 0; j < cols.length; j++) {
      const col = cols[j]!;
      const raw = row[col];
      if (raw === null || raw === undefined) continue; // 0 = empty
      if (typeof raw === "number" && Number.isFinite(raw) && !scaled?.[col]) {
        states[base + j] = 1;
        values[base + j] = raw;
        continue;
      }
      const read = readNumber(raw, formats?.[col], percent);
      states[base + j] = STATE_CODE[read.state];
      if (read.value !== undefined) values[base + j] = read.value;
    }
  }

  /** The state of slot j of the row at `base`. */
  state(base: number, j: number): NumberState {
    return STATES[this.states[base + j]!]!;
  }

  /** The value of slot j of the row at `base` (numbers and number text), else undefined. */
  value(base: number, j: number): number | undefined {
    const s = this.states[base + j]!;
    return s === 1 || s === 2 ? this.values[base + j] : undefined;
  }

  /** True when any slot of the row at `base` is in the state with this code. */
  rowHas(base: number, code: number): boolean {
    const end = base + this.layout.cols.length;
    for (let i = base; i < end; i++) if (this.states[i] === code) return true;
    return false;
  }

  /**
   * The cell of slot j of the row at `base`, as a NumberCell (made on each call).
   * @example store.cell(base, row, layout.targets.get(2025)!) // { state: "number", value: 50, col: 9, raw: 50 }
   */
  cell(base: number, row: readonly unknown[], j: number): NumberCell {
    const s = this.states[base + j]!;
    const col = this.layout.cols[j]!;
    return {
      state: STATES[s]!,
      value: s === 1 || s === 2 ? this.values[base + j] : undefined,
      col,
      raw: row[col],
    };
  }
}
