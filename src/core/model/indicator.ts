import type { NumberState, ReadNumber } from "../values/number";
import type { NumberLayout } from "./numberStore";
import type { Polaritas } from "../values/polarity";
import type { Sifat } from "../values/sifat";

/** The children of every indicator without any: one shared empty list, nothing allocated per leaf. */
export const NO_CHILDREN: readonly Indicator[] = Object.freeze([]);

/** A numeric cell of an indicator row, with where it sits and what it held. */
export interface NumberCell extends ReadNumber {
  readonly col: number;
  readonly raw: unknown;
}

/**
 * One indicator: one row of a level sheet that has a Kode. Every value keeps its cell
 * (`sheet`, `row`, and the column in `ColumnMap` or in the `NumberCell`).
 */
export interface Indicator {
  /** 0-based index of the level, top = 0. */
  readonly level: number;
  /** The workbook's own spelling of the sheet name. */
  readonly sheet: string;
  /** 0-based row in the sheet (row 0 is the header). */
  readonly row: number;
  readonly kode: string;
  readonly kodeStray: boolean;
  readonly kodeInduk: string;
  readonly kodeIndukStray: boolean;
  readonly uraian: string;
  readonly indikator: string;
  readonly satuan: string;
  /** Raw Polaritas text, cleaned. */
  readonly polaritasText: string;
  readonly polaritas: Polaritas;
  readonly polaritasValid: boolean;
  readonly sifat: Sifat;
  readonly kodeNomenklatur: string;
  readonly penanggungJawab: string;
  readonly crosscutting: readonly string[];
  readonly keterangan: string;
  /** The owning OPD (`Perangkat Daerah` column of a Pemda workbook, SPEC §11); empty elsewhere. */
  readonly perangkatDaerah: string;
  readonly baseline?: NumberCell;
  /** year → Target cell, for every `Target YYYY` column of the sheet. */
  readonly targets: ReadonlyMap<number, NumberCell>;
  /** year → Realisasi cell, for every `Realisasi YYYY` column. */
  readonly realisasi: ReadonlyMap<number, NumberCell>;
  /** year → TW1…TW4 cells (undefined where the column is absent). */
  readonly quarters: ReadonlyMap<number, readonly (NumberCell | undefined)[]>;
  /** The parent, when Kode Induk names an indicator on the level directly above. */
  parent?: Indicator;
  /** Indicators whose valid parent this is, in sheet order (set with the links; NO_CHILDREN when none). */
  children: readonly Indicator[];
  /** The first indicator with the same Kode, when this one uses it again (POKIN004); set with the links. */
  repeatOf?: Indicator;
  /**
   * The state of the row's number cell in slot j, the slots being `numberLayout(columns)` of its
   * sheet: what code visiting every indicator reads instead of the maps above (no cell is made).
   */
  slotState(j: number): NumberState;
  /** The value of slot j (a number or number text), else undefined; no cell is made. */
  slotValue(j: number): number | undefined;
  /** Slot j as a NumberCell (made on each call). */
  slotCell(j: number): NumberCell;
  /** Which slot holds which number column (shared by every row of the sheet). */
  readonly layout: NumberLayout;
}
