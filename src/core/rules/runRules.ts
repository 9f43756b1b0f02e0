import { a1 } from "../a1";
import type { Lang } from "../messages";
import type { Model } from "../model/buildModel";
import { SETTINGS_SHEET } from "../model/settings";
import type { Finding, IndicatorVisitor, Report, Rule } from "./types";

/** A finding with what it is sorted by: its sheet's place, row and column. */
export interface KeyedFinding<F extends Finding = Finding> {
  readonly finding: F;
  readonly order: number;
  readonly row: number;
  readonly col: number;
}

/**
 * Runs rules over a model in one pass over its indicators: each rule starts (`begin`), then for
 * every level the rules that visit it see each indicator in turn (an indicator is read once for
 * all rules, while it is in the cache), then each rule ends. A rule that throws loses what it
 * found and becomes one finding saying so; the others go on.
 * @param rules the rules, in the order their lists are returned
 * @param model the model
 * @param lang the language the messages are written in
 * @param sheetOrder the sort key of a sheet (orderOfSheets)
 * @returns each rule's findings with their sort keys, unsorted
 * @example runRules(RULES, model, "id", orderOfSheets(model)).flat().length
 */
export function runRules(
  rules: readonly Rule[],
  model: Model,
  lang: Lang,
  sheetOrder: (sheet: string) => number,
): KeyedFinding[][] {
  const outs = rules.map((rule) => new RuleReport(rule, model, lang, sheetOrder));
  const passes = outs.map((out) => out.guard(() => out.rule.begin(model, out)));
  for (const level of model.levels) {
    const visitors: IndicatorVisitor[] = [];
    const owners: RuleReport[] = [];
    passes.forEach((pass, k) => {
      const out = outs[k]!;
      const visit = pass?.level && out.guard(() => pass.level!(level));
      if (visit && !out.failed) {
        visitors.push(visit);
        owners.push(out);
      }
    });
    const inds = level.indicators;
    for (let i = 0; i < inds.length && visitors.length > 0; i++) {
      const ind = inds[i]!;
      for (let v = 0; v < visitors.length; v++) {
        try {
          visitors[v]!(ind);
        } catch (err) {
          owners[v]!.fail(err);
          visitors.splice(v, 1);
          owners.splice(v--, 1);
        }
      }
    }
  }
  passes.forEach((pass, k) => pass?.end && outs[k]!.guard(pass.end));
  return outs.map((out) => out.found);
}

/** One rule's findings as it reports them during a run. */
class RuleReport implements Report {
  found: KeyedFinding[] = [];
  failed = false;
  private lastSheet = "";
  private lastOrder = 0;

  constructor(
    readonly rule: Rule,
    private readonly model: Model,
    readonly lang: Lang,
    private readonly sheetOrder: (sheet: string) => number,
  ) {}

  add(sheet: string, row: number, col: number, kode: string | undefined, message: string): void {
    if (this.failed) return;
    if (sheet !== this.lastSheet || this.found.length === 0) {
      this.lastSheet = sheet;
      this.lastOrder = this.sheetOrder(sheet);
    }
    const { id: rule, severity } = this.rule;
    const cell = a1(row, col);
    const finding: Finding = kode
      ? { rule, severity, sheet, cell, kode, message }
      : { rule, severity, sheet, cell, message };
    this.found.push({ finding, order: this.lastOrder, row, col });
  }

  /** Runs a step of the rule; should it fail, the rule is reported as failed and stops. */
  guard<T>(step: () => T): T | undefined {
    if (this.failed) return undefined;
    try {
      return step();
    } catch (err) {
      this.fail(err);
      return undefined;
    }
  }

  /** A rule is pure code over plain data; should one still fail, the check goes on without it. */
  fail(err: unknown): void {
    const id = this.rule.id;
    this.found = [];
    this.add(
      this.model.levels[0]?.name ?? SETTINGS_SHEET,
      0,
      0,
      undefined,
      this.lang === "id"
        ? `Aturan ${id} gagal dijalankan (${String(err)}); laporkan ke pengembang.`
        : `Rule ${id} failed to run (${String(err)}); please report it.`,
    );
    this.failed = true;
  }
}
