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
  const roots = model.indicators.filter((ind) => ind.parent === undefined);
  const stack: { ind: Indicator; expanded: boolean }[] = roots
    .reverse()
    .map((ind) => ({ ind, expanded: false }));

  while (stack.length > 0) {
    const top = stack.pop()!;
    if (out.has(top.ind)) continue; // a malformed link cannot make us visit twice
    if (!top.expanded) {
      stack.push({ ind: top.ind, expanded: true });
      for (let i = top.ind.children.length - 1; i >= 0; i--) {
        stack.push({ ind: top.ind.children[i]!, expanded: false });
      }
      continue;
    }
    const values: number[] = [];
    for (const child of top.ind.children) {
      const c = out.get(child)?.own.capaian;
      if (c !== undefined) values.push(c);
    }
    const own = capaianOf(top.ind, year, model.settings);
    const childMean =
      values.length > 0 ? round2(values.reduce((a, b) => a + b, 0) / values.length) : undefined;
    out.set(top.ind, { own, childCount: values.length, ...(childMean !== undefined ? { childMean } : {}) });
  }
  return out;
}
