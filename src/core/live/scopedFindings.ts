import type { Model } from "../model/buildModel";
import type { KeyedFinding } from "../rules/runChecks";
import { nameKey } from "../text";

type BySheet = Map<string, Map<number, KeyedFinding[]>>;

/**
 * The findings of the rules that have a scope (RULE_SCOPES), kept between re-checks by rule,
 * sheet and row, so a re-check replaces only the rows it looked at again.
 * @example
 * const kept = new ScopedFindings();
 * kept.set("POKIN006", found);
 * kept.replaceRows("POKIN006", model, new Map([[2, new Set([5])]]), foundOnRow5);
 */
export class ScopedFindings {
  private byRule = new Map<string, BySheet>();

  /** Forgets every rule's findings (the check starts over). */
  clear(): void {
    this.byRule = new Map();
  }

  /** A rule's findings on the whole model, in place of any it had. */
  set(rule: string, found: readonly KeyedFinding[]): void {
    const cache: BySheet = new Map();
    for (const k of found) remember(cache, k);
    this.byRule.set(rule, cache);
  }

  /**
   * A rule's findings on some rows, in place of those it had on these rows.
   * @param rows the rows looked at again, per level index
   * @param found the rule's findings on those rows
   */
  replaceRows(
    rule: string,
    model: Model,
    rows: ReadonlyMap<number, ReadonlySet<number>>,
    found: readonly KeyedFinding[],
  ): void {
    let cache = this.byRule.get(rule);
    if (!cache) this.byRule.set(rule, (cache = new Map()));
    for (const level of model.levels) {
      const wanted = rows.get(level.index);
      const sheet = level.sheet && cache.get(nameKey(level.sheet.name));
      if (wanted && sheet) wanted.forEach((r) => sheet.delete(r));
    }
    for (const k of found) remember(cache, k);
  }

  /** Every rule's findings, by rule, sheet and row. */
  all(): KeyedFinding[] {
    const out: KeyedFinding[] = [];
    for (const cache of this.byRule.values())
      for (const sheet of cache.values()) for (const list of sheet.values()) out.push(...list);
    return out;
  }
}

function remember(cache: BySheet, k: KeyedFinding): void {
  const key = nameKey(k.finding.sheet);
  let sheet = cache.get(key);
  if (!sheet) cache.set(key, (sheet = new Map()));
  const list = sheet.get(k.row);
  if (list) list.push(k);
  else sheet.set(k.row, [k]);
}
