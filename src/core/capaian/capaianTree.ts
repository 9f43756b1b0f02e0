import type { Indicator } from "../model/indicator";
import type { Model } from "../model/buildModel";
import { CapaianColumns, type CapaianNode } from "./capaianColumns";
import { capaianOf } from "./capaianOf";
import { round2 } from "./round2";

export type { CapaianNode } from "./capaianColumns";

/**
 * The capaian of every indicator in a year, with its children's mean (SPEC §4). A mean needs
 * only the children's own capaian, so no walk of the tree is needed: the indicators are taken
 * in reverse model order (children sit on the level below their parent, so they come first),
 * and a child not reached yet — only possible with links made by hand — is computed where it is
 * needed. No stack, no recursion: a deep tree cannot overflow anything. The values are kept as
 * flat columns (CapaianColumns); each `get` makes the node.
 * @param model the workbook model
 * @param year the year
 * @returns each indicator of the model → its node
 * @example capaianTree(model, 2025).get(model.byKode.get("1")!)?.childMean // 87.5
 */
export function capaianTree(model: Model, year: number): ReadonlyMap<Indicator, CapaianNode> {
  const all = model.indicators;
  const out = new CapaianColumns(all.length);
  const settings = model.settings;
  for (let i = all.length - 1; i >= 0; i--) {
    const ind = all[i]!;
    if (out.has(ind)) continue; // an indicator listed twice is computed once
    const children = ind.children;
    let sum = 0;
    let count = 0;
    for (let k = 0; k < children.length; k++) {
      const child = children[k]!;
      const c = out.has(child) ? out.ownCapaian(child) : capaianOf(child, year, settings).capaian;
      if (c === undefined) continue;
      sum += c;
      count++;
    }
    out.add(ind, capaianOf(ind, year, settings), count, count > 0 ? round2(sum / count) : undefined);
  }
  return out;
}
