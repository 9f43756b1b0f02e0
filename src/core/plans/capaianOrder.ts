import type { Model } from "../model/buildModel";
import type { Indicator } from "../model/indicator";

/**
 * The indicators of each level in the order the table lists them: grouped under their parents
 * in the parents' order (so each parent's children are one contiguous range), then the
 * indicators without a parent, in sheet order.
 * @param model the workbook model
 * @returns one array per level, in table order
 * @example capaianOrder(model)[4].map((i) => i.kode) // ["1.1.1.1.1", "1.1.1.1.2"]
 */
export function capaianOrder(model: Model): Indicator[][] {
  const pos = new Map<Indicator, number>();
  return model.levels.map((level) => {
    const placed = (i: Indicator) => i.parent !== undefined && pos.has(i.parent);
    const ordered = [
      ...level.indicators.filter(placed).sort((a, b) => pos.get(a.parent!)! - pos.get(b.parent!)!),
      ...level.indicators.filter((i) => !placed(i)),
    ];
    ordered.forEach((ind, i) => pos.set(ind, i));
    return ordered;
  });
}
