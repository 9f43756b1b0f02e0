import type { Polaritas } from "../values/polarity";
import type { Sifat } from "../values/sifat";
import type { Indicator, NumberCell } from "./indicator";
import type { NumberState } from "../values/number";
import { STATE_CODE, type NumberLayout, type NumberStore } from "./numberStore";
import { QuarterCells, YearCells } from "./yearCells";

/** Shared by every indicator of a sheet without such columns: nothing to allocate. */
const NO_CELLS: ReadonlyMap<number, never> = new Map<number, never>();

/** An indicator's texts as read from its row (everything but the number cells and the links). */
export type IndicatorTexts = Omit<
  Indicator,
  | "level"
  | "sheet"
  | "row"
  | "baseline"
  | "targets"
  | "realisasi"
  | "quarters"
  | "parent"
  | "children"
  | "repeatOf"
  | "slotState"
  | "slotValue"
  | "slotCell"
  | "layout"
>;

/**
 * An indicator read from a row of a level sheet. Its number cells stay in the sheet's
 * NumberStore: `baseline`, `targets`, `realisasi` and `quarters` are views made when asked for,
 * so an indicator that lives as long as its model is one object, not five (the garbage
 * collector copies every long-lived object; views that die young cost it nothing).
 */
export class SheetIndicator implements Indicator {
  readonly kode: string;
  readonly kodeStray: boolean;
  readonly kodeInduk: string;
  readonly kodeIndukStray: boolean;
  readonly uraian: string;
  readonly indikator: string;
  readonly satuan: string;
  readonly polaritasText: string;
  readonly polaritas: Polaritas;
  readonly polaritasValid: boolean;
  readonly sifat: Sifat;
  readonly kodeNomenklatur: string;
  readonly penanggungJawab: string;
  readonly crosscutting: readonly string[];
  readonly keterangan: string;
  readonly perangkatDaerah: string;
  parent?: Indicator = undefined;
  readonly children: Indicator[] = [];
  repeatOf?: Indicator = undefined;

  /**
   * @param level the level's index, top = 0
   * @param sheet the sheet's name
   * @param row the 0-based row
   * @param t the row's texts
   * @param store the sheet's number cells (this row's slots start at `base`)
   * @param base where the row's slots start
   * @param values the row's values (each NumberCell's `raw`)
   */
  constructor(
    readonly level: number,
    readonly sheet: string,
    readonly row: number,
    t: IndicatorTexts,
    private readonly store: NumberStore,
    private readonly base: number,
    private readonly values: readonly unknown[],
  ) {
    this.kode = t.kode;
    this.kodeStray = t.kodeStray;
    this.kodeInduk = t.kodeInduk;
    this.kodeIndukStray = t.kodeIndukStray;
    this.uraian = t.uraian;
    this.indikator = t.indikator;
    this.satuan = t.satuan;
    this.polaritasText = t.polaritasText;
    this.polaritas = t.polaritas;
    this.polaritasValid = t.polaritasValid;
    this.sifat = t.sifat;
    this.kodeNomenklatur = t.kodeNomenklatur;
    this.penanggungJawab = t.penanggungJawab;
    this.crosscutting = t.crosscutting;
    this.keterangan = t.keterangan;
    this.perangkatDaerah = t.perangkatDaerah;
  }

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
