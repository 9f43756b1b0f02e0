import { buildModel, type BuildOptions, type Model } from "../model/buildModel";
import type { WorkbookData } from "../sheet";
import { nameKey } from "../text";
import { SETTINGS_SHEET } from "../model/settings";
import { applyNotes } from "../review/applyNotes";
import { readNotes } from "../review/readNotes";
import { RULES } from "./registry";
import { runRules, type KeyedFinding } from "./runRules";
import type { Finding, Rule } from "./types";
import type { Lang } from "../messages";

export type { KeyedFinding } from "./runRules";

export interface CheckOptions extends BuildOptions {
  readonly lang?: Lang;
  /** Only these rule ids (all when absent; the reviewer's notes are then not applied). */
  readonly rules?: readonly string[];
  /** Keep the findings `Catatan Reviu` excepts, marked `excepted` (SPEC §13). */
  readonly all?: boolean;
}

/**
 * Runs every rule of SPEC §7 over a workbook, then applies the reviewer's `Catatan Reviu` notes
 * (SPEC §13: excepted findings left out, or marked with `all`; POKIN047–049 for notes that
 * excuse nothing), so every front end that checks honours them. For the number excepted, use
 * reviewedCheck (core/review).
 * @param workbook the workbook's values
 * @param options the findings' language, which rules, `all`, and "today" (the default Tahun Laporan)
 * @returns findings sorted by level order, then row, then column, then rule (the notes'
 *   findings last); the same workbook always gives the same findings
 * @example checkWorkbook({ sheets: [] }).map((f) => f.rule) // five POKIN001
 */
export function checkWorkbook(workbook: WorkbookData, options: CheckOptions = {}): Finding[] {
  const findings = checkModel(buildModel(workbook, options), options);
  // A subset of the rules would make every note about the others look stale.
  return options.rules ? findings : applyNotes(findings, readNotes(workbook), options).findings;
}

/**
 * Runs the rules over a model already built (the generators share one model with the check),
 * in one pass over its indicators (runRules).
 * @param model the workbook read by buildModel
 * @param options the findings' language and which rules
 * @returns findings in the order checkWorkbook gives them
 * @example checkModel(buildModel(workbook), { rules: ["POKIN008"], lang: "en" })
 */
export function checkModel(model: Model, options: Omit<CheckOptions, "now"> = {}): Finding[] {
  const wanted = options.rules ? new Set(options.rules) : undefined;
  const rules = wanted ? RULES.filter((r) => wanted.has(r.id)) : RULES;
  const lists = runRules(rules, model, options.lang ?? "id", orderOfSheets(model));
  return sortFindings(lists.flat());
}

/**
 * One rule's findings over a model, with their sort keys (a rule that fails becomes one finding
 * saying so, and the check goes on).
 * @example ruleFindings(pokin009, model, "id", orderOfSheets(model)).map((k) => k.finding.cell)
 */
export function ruleFindings(
  rule: Rule,
  model: Model,
  lang: Lang,
  sheetOrder: (sheet: string) => number,
): KeyedFinding[] {
  return runRules([rule], model, lang, sheetOrder)[0]!;
}

/**
 * Sorts findings as SPEC §7 says: level order, then row, then column (then rule and message,
 * so the order is total and the same workbook always gives the same list).
 * @example sortFindings(keyed).map((f) => f.rule)
 */
export function sortFindings<F extends Finding>(keyed: KeyedFinding<F>[]): F[] {
  keyed.sort(
    (a, b) =>
      a.order - b.order ||
      cmp(a.finding.sheet, b.finding.sheet) ||
      a.row - b.row ||
      a.col - b.col ||
      cmp(a.finding.rule, b.finding.rule) ||
      cmp(a.finding.message, b.finding.message),
  );
  return keyed.map((k) => k.finding);
}

/**
 * The sort key of a sheet: Pengaturan first, then the levels top to bottom, then any other sheet.
 * @example orderOfSheets(model)("Program") // 2
 */
export function orderOfSheets(model: Model): (sheet: string) => number {
  const order = new Map<string, number>([[nameKey(SETTINGS_SHEET), -1]]);
  model.levels.forEach((l) => order.set(nameKey(l.sheet?.name ?? l.name), l.index));
  return (sheet) => order.get(nameKey(sheet)) ?? 1000;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
