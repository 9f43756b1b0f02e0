import type { Indicator, NumberCell } from "./indicator";
import type { NumberState } from "../values/number";
import { STATE_CODE, type NumberStore } from "./numberStore";
import { NumberRow } from "./numberRow";

/**
 * An indicator's `Target YYYY` or `Realisasi YYYY` cells as a read-only map year → NumberCell,
 * over the row's slots in a NumberStore: nothing is allocated per cell until it is asked for.
 * Each `get` makes a new NumberCell with the same content.
 */
export class YearCells implements ReadonlyMap<number, NumberCell> {
  constructor(
    private readonly store: NumberStore,
    private readonly base: number,
    private readonly row: readonly unknown[],
    private readonly slots: ReadonlyMap<number, number>,
  ) {}

  get size(): number {
    return this.slots.size;
  }

  has(year: number): boolean {
    return this.slots.has(year);
  }

  get(year: number): NumberCell | undefined {
    const j = this.slots.get(year);
    return j === undefined ? undefined : this.store.cell(this.base, this.row, j);
  }

  /** `get(year)?.state` without making the cell. */
  stateOf(year: number): NumberState | undefined {
    const j = this.slots.get(year);
    return j === undefined ? undefined : this.store.state(this.base, j);
  }

  /** `get(year)?.value` without making the cell. */
  valueOf(year: number): number | undefined {
    const j = this.slots.get(year);
    return j === undefined ? undefined : this.store.value(this.base, j);
  }

  /** True when any number cell of the row (Baseline, targets, realisasi, quarters) is in `state`. */
  rowHas(state: NumberState): boolean {
    return this.store.rowHas(this.base, STATE_CODE[state]);
  }

  forEach(
    fn: (cell: NumberCell, year: number, map: ReadonlyMap<number, NumberCell>) => void,
    that?: unknown,
  ): void {
    for (const [year, j] of this.slots) fn.call(that, this.store.cell(this.base, this.row, j), year, this);
  }

  *entries(): MapIterator<[number, NumberCell]> {
    for (const [year, j] of this.slots) yield [year, this.store.cell(this.base, this.row, j)];
  }

  keys(): MapIterator<number> {
    return this.slots.keys();
  }

  *values(): MapIterator<NumberCell> {
    for (const j of this.slots.values()) yield this.store.cell(this.base, this.row, j);
  }

  [Symbol.iterator](): MapIterator<[number, NumberCell]> {
    return this.entries();
  }
}

/** An indicator's quarter cells, year → TW1…TW4 (undefined where the column is absent). */
export class QuarterCells implements ReadonlyMap<number, readonly (NumberCell | undefined)[]> {
  constructor(
    private readonly store: NumberStore,
    private readonly base: number,
    private readonly row: readonly unknown[],
    private readonly slots: ReadonlyMap<number, readonly (number | undefined)[]>,
  ) {}

  get size(): number {
    return this.slots.size;
  }

  has(year: number): boolean {
    return this.slots.has(year);
  }

  get(year: number): readonly (NumberCell | undefined)[] | undefined {
    const js = this.slots.get(year);
    return js === undefined ? undefined : this.cells(js);
  }

  forEach(
    fn: (
      cells: readonly (NumberCell | undefined)[],
      year: number,
      map: ReadonlyMap<number, readonly (NumberCell | undefined)[]>,
    ) => void,
    that?: unknown,
  ): void {
    for (const [year, js] of this.slots) fn.call(that, this.cells(js), year, this);
  }

  *entries(): MapIterator<[number, readonly (NumberCell | undefined)[]]> {
    for (const [year, js] of this.slots) yield [year, this.cells(js)];
  }

  keys(): MapIterator<number> {
    return this.slots.keys();
  }

  *values(): MapIterator<readonly (NumberCell | undefined)[]> {
    for (const js of this.slots.values()) yield this.cells(js);
  }

  [Symbol.iterator](): MapIterator<[number, readonly (NumberCell | undefined)[]]> {
    return this.entries();
  }

  private cells(js: readonly (number | undefined)[]): (NumberCell | undefined)[] {
    return js.map((j) => (j === undefined ? undefined : this.store.cell(this.base, this.row, j)));
  }
}

/**
 * The state of an indicator's cell of a year (`cells.get(year)?.state`), without making a
 * NumberCell when the cells are a model's flat columns.
 * @example stateAt(ind.targets, 2025) // "empty"
 */
export function stateAt(cells: ReadonlyMap<number, NumberCell>, year: number): NumberState | undefined {
  return cells instanceof YearCells ? cells.stateOf(year) : cells.get(year)?.state;
}

/**
 * The value of an indicator's cell of a year (`cells.get(year)?.value`), without making a NumberCell.
 * @example valueAt(ind.targets, 2025) // 50
 */
export function valueAt(cells: ReadonlyMap<number, NumberCell>, year: number): number | undefined {
  return cells instanceof YearCells ? cells.valueOf(year) : cells.get(year)?.value;
}

/**
 * False when no number cell of the indicator (Baseline, targets, realisasi, quarters) can be in
 * `state`, read from the flat columns; true when some is, or when the cells are not flat.
 * Lets a rule that looks for one state skip the other rows without making their cells.
 * @example rowMayHave(ind, "invalid") // false for a row of numbers
 */
export function rowMayHave(ind: Indicator, state: NumberState): boolean {
  // Asked of every row by several rules: straight to the flat columns, no view made.
  if (ind instanceof NumberRow) return ind.rowHas(state);
  if (ind.targets instanceof YearCells) return ind.targets.rowHas(state);
  if (ind.realisasi instanceof YearCells) return ind.realisasi.rowHas(state);
  return ind.baseline !== undefined || ind.quarters.size > 0;
}
