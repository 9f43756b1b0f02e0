import type { NumberCell } from "./indicator";
import type { NumberState } from "../values/number";
import { STATE_CODE, type NumberLayout, type NumberStore } from "./numberStore";
import { QuarterCells, YearCells } from "./yearCells";

/** Shared by every row of a sheet without such columns: nothing to allocate. */
const NO_CELLS: ReadonlyMap<number, never> = new Map<number, never>();

/**
 * A row's number cells (Baseline, Target YYYY, Realisasi YYYY, the quarters) where they stay: in
 * its sheet's NumberStore, from slot `base`. Read by slot (no object made), or as NumberCells and
 * year maps made when asked for.
 */
export class NumberRow {
  /**
   * @param store the sheet's number cells
   * @param base where this row's slots start
   * @param values the row's values (each NumberCell's `raw`)
   */
  constructor(
    protected readonly store: NumberStore,
    protected readonly base: number,
    protected readonly values: readonly unknown[],
  ) {}

  /** True when any number cell of the row (Baseline, targets, realisasi, quarters) is in `state`. */
  rowHas(state: NumberState): boolean {
    return this.store.rowHas(this.base, STATE_CODE[state]);
  }

  get layout(): NumberLayout {
    return this.store.layout;
  }

  slotState(j: number): NumberState {
    return this.store.state(this.base, j);
  }

  slotValue(j: number): number | undefined {
    return this.store.value(this.base, j);
  }

  slotCell(j: number): NumberCell {
    return this.store.cell(this.base, this.values, j);
  }

  get baseline(): NumberCell | undefined {
    const j = this.store.layout.baseline;
    return j === undefined ? undefined : this.store.cell(this.base, this.values, j);
  }

  get targets(): ReadonlyMap<number, NumberCell> {
    const slots = this.store.layout.targets;
    return slots.size === 0 ? NO_CELLS : new YearCells(this.store, this.base, this.values, slots);
  }

  get realisasi(): ReadonlyMap<number, NumberCell> {
    const slots = this.store.layout.realisasi;
    return slots.size === 0 ? NO_CELLS : new YearCells(this.store, this.base, this.values, slots);
  }

  get quarters(): ReadonlyMap<number, readonly (NumberCell | undefined)[]> {
    const slots = this.store.layout.quarters;
    return slots.size === 0 ? NO_CELLS : new QuarterCells(this.store, this.base, this.values, slots);
  }
}
