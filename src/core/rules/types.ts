import type { Lang } from "../messages";
import type { LevelModel, Model } from "../model/buildModel";
import type { Indicator } from "../model/indicator";

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

/**
 * A message in both languages as functions of what it names: only the language asked for is
 * ever written out, once per finding (a check of 100,000 indicators makes tens of thousands).
 * @example const EMPTY: Text<[string]> = { id: (k) => `[${k}] Indikator kosong.`, en: (k) => `[${k}] Indikator is empty.` };
 */
export type Text<A extends readonly unknown[]> = Readonly<Record<Lang, (...args: A) => string>>;

/** Where a rule reports what it finds: the 0-based cell, the Kode when there is one, the message in `lang`. */
export interface Report {
  readonly lang: Lang;
  add(sheet: string, row: number, col: number, kode: string | undefined, message: string): void;
}

/** What a rule does with one level's indicators: a visitor called for each, in sheet order. */
export type IndicatorVisitor = (ind: Indicator) => void;

/** One run of a rule over one model (its state lives in the closures it returns). */
export interface RulePass {
  /** The visitor for one level's indicators, or undefined when the rule has nothing to do there. */
  readonly level?: (level: LevelModel) => IndicatorVisitor | undefined;
  /** Called once after every level was visited: findings about the whole workbook or across levels. */
  readonly end?: () => void;
}

/**
 * A rule of SPEC §7: an id, a severity, and how it runs. The runner walks the indicators once
 * for all rules (runRules): each rule contributes a visitor per level and optional finishers,
 * so a check of 100,000 indicators reads each indicator once, not once per rule.
 */
export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  /** Starts a run over `model`; findings go to `out`. Whole-workbook rules may report here at once. */
  readonly begin: (model: Model, out: Report) => RulePass;
}
