/** What happened to a row between two versions of a workbook (SPEC §12). */
export type ChangeKind = "added" | "removed" | "recoded" | "moved" | "changed";

/** The value of a field as the engine reads it: a number, text, or null for "no value". */
export type ChangeValue = string | number | null;

/** A cell of one of the two files. */
export interface ChangeCell {
  readonly sheet: string;
  /** A1 address. */
  readonly cell: string;
}

/** One change between two versions (SPEC §12). */
export interface Change {
  readonly kind: ChangeKind;
  /** The level's name (NEW's level; OLD's for a removed row). */
  readonly level: string;
  /** The row's Kode (NEW's; OLD's for a removed row). */
  readonly kode: string;
  /** The Kode in OLD, for a re-coded row. */
  readonly oldKode?: string;
  /** The column: `Kode` (recoded), `Kode Induk` (moved), `Uraian`, `Target 2026`, … (changed). */
  readonly field?: string;
  readonly old?: ChangeValue;
  readonly new?: ChangeValue;
  /** The cell in OLD (absent for an added row). */
  readonly oldCell?: ChangeCell;
  /** The cell in NEW (absent for a removed row). */
  readonly newCell?: ChangeCell;
}

export interface DiffOptions {
  /** Also list Realisasi and Keterangan changes (`--all`). */
  readonly all?: boolean;
}
