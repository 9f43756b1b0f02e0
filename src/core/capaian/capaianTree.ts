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
 * The capaian of every indicator in a year, with its children's mean (SPEC §4). A mean needs
 * only the children's own capaian, so no walk of the tree is needed: the indicators are taken
 * in reverse model order (children sit on the level below their parent, so they come first),
 * and a child not reached yet — only possible with links made by hand — is computed where it is
 * needed. No stack, no recursion: a deep tree cannot overflow anything.
 * @param model the workbook model
 * @param year the year
 * @returns a map from each indicator of the model to its node
 * @example capaianTree(model, 2025).get(model.byKode.get("1")!)?.childMean // 87.5
 */
export function capaianTree(model: Model, year: number): Map<Indicator, CapaianNode> {
  const out = new Map<Indicator, CapaianNode>();
  const all = model.indicators;
  const settings = model.settings;
  for (let i = all.length - 1; i >= 0; i--) {
    const ind = all[i]!;
    if (out.has(ind)) continue; // an indicator listed twice is computed once
    const children = ind.children;
    let sum = 0;
    let count = 0;
    for (let k = 0; k < children.length; k++) {
      const child = children[k]!;
      const c = (out.get(child)?.own ?? capaianOf(child, year, settings)).capaian;
      if (c === undefined) continue;
      sum += c;
      count++;
    }
    const own = capaianOf(ind, year, settings);
    out.set(
      ind,
      count > 0 ? { own, childCount: count, childMean: round2(sum / count) } : { own, childCount: 0 },
    );
  }
  return out;
}
