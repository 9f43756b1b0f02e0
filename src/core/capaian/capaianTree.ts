import type { Indicator } from "../model/indicator";
import type { Model } from "../model/buildModel";
import { capaianOf, type CapaianResult } from "./capaianOf";
import { round2 } from "./round2";

/** One indicator's capaian and the mean capaian of its children. */
export interface CapaianNode {
  readonly own: CapaianResult;
  /**
   * The mean of the capaian of the children that have one, rounded to two decimals;
   * undefined when no child has one (or there are no children).
   */
  readonly childMean?: number;
  /** How many children have a capaian (the mean's denominator). */
  readonly childCount: number;
}

/**
 * The capaian of every indicator in a year, with its children's mean (SPEC §4), computed by a
 * post-order walk with an explicit stack (children before parents), so that a deep tree cannot
 * overflow the call stack.
 * @param model the workbook model
 * @param year the year
 * @returns a map from each indicator of the model to its node
 * @example capaianTree(model, 2025).get(model.byKode.get("1")!)?.childMean // 87.5
 */
export function capaianTree(model: Model, year: number): Map<Indicator, CapaianNode> {
  const out = new Map<Indicator, CapaianNode>();
  // Two parallel stacks (indicator, expanded?) instead of an object per visit.
  const stack: Indicator[] = [];
  const expanded: boolean[] = [];
  const all = model.indicators;
  for (let i = all.length - 1; i >= 0; i--) {
    const ind = all[i]!;
    if (ind.parent !== undefined) continue;
    stack.push(ind);
    expanded.push(false);
  }

  while (stack.length > 0) {
    const ind = stack.pop()!;
    const done = expanded.pop()!;
    if (out.has(ind)) continue; // a malformed link cannot make us visit twice
    const children = ind.children;
    if (!done) {
      stack.push(ind);
      expanded.push(true);
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push(children[i]!);
        expanded.push(false);
      }
      continue;
    }
    let sum = 0;
    let count = 0;
    for (const child of children) {
      const c = out.get(child)?.own.capaian;
      if (c === undefined) continue;
      sum += c;
      count++;
    }
    const own = capaianOf(ind, year, model.settings);
    out.set(
      ind,
      count > 0 ? { own, childCount: count, childMean: round2(sum / count) } : { own, childCount: 0 },
    );
  }
  return out;
}
