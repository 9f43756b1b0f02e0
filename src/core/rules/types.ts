import type { Msg } from "../messages";
import type { Model } from "../model/buildModel";

export type Severity = "error" | "warning" | "info";

/** One finding of the consistency check (SPEC §7). */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address of the cell to fix (the header cell for a missing column, A1 for a missing sheet). */
  readonly cell: string;
  readonly kode?: string;
  readonly message: string;
  /** Set (true) only when a `Catatan Reviu` note excepts the finding and excepted ones are shown (SPEC §13). */
  readonly excepted?: boolean;
  /** The excepting note's Catatan, with `excepted`. */
  readonly catatan?: string;
}

/** What a rule reports: the cell (0-based) and a message in both languages. */
export interface Hit {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly kode?: string;
  readonly message: Msg;
}

/** A rule of SPEC §7: an id, a severity and a pure function of the model. */
export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  readonly check: (model: Model) => Iterable<Hit>;
}
