import type { Model } from "../model/buildModel";
import type { Indicator } from "../model/indicator";

/** An indicator's place in the Cascading matrix: its first 0-based sheet row and how many rows it spans. */
export interface PlacedIndicator {
  readonly ind: Indicator;
  readonly start: number;
  readonly span: number;
}

/**
 * Sheet rows of every indicator of the Cascading matrix: leaves one row each, ancestors
 * spanning their leaves; an indicator whose parent link is broken starts its own rows.
 * @param model the pohon kinerja
 * @param first the 0-based sheet row of the first body row
 * @returns the indicators by row then level, and how many rows they take
 * @example cascadingRows(model, 5).rows // the number of leaves
 */
export function cascadingRows(model: Model, first: number): { items: PlacedIndicator[]; rows: number } {
  const roots = model.indicators.filter((i) => i.level === 0 || !i.parent);
  // Leaves under each indicator, post-order with an explicit stack (no recursion on sheet data).
  const leaves = new Map<Indicator, number>();
  const stack: { ind: Indicator; done: boolean }[] = roots.map((ind) => ({ ind, done: false })).reverse();
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (top.done || top.ind.children.length === 0) {
      leaves.set(top.ind, top.ind.children.reduce((n, c) => n + (leaves.get(c) ?? 0), 0) || 1);
      continue;
    }
    stack.push({ ind: top.ind, done: true });
    for (const c of top.ind.children) stack.push({ ind: c, done: false });
  }
  const items: PlacedIndicator[] = [];
  let cursor = first;
  const order: { ind: Indicator; start: number }[] = [];
  for (const root of roots) {
    order.push({ ind: root, start: cursor });
    cursor += leaves.get(root)!;
  }
  // A queue read by index: shift() would make a large tree quadratic.
  for (let i = 0; i < order.length; i++) {
    const { ind, start } = order[i]!;
    items.push({ ind, start, span: leaves.get(ind)! });
    let next = start;
    for (const c of ind.children) {
      order.push({ ind: c, start: next });
      next += leaves.get(c)!;
    }
  }
  items.sort((a, b) => a.start - b.start || a.ind.level - b.ind.level);
  return { items, rows: cursor - first };
}
