import type { Indicator } from "./indicator";

/**
 * Indicators grouped by a key, each group in the list's order.
 * @example groupIndicators(model.indicators, (i) => i.kodeInduk).get("1.1") // the rows under 1.1
 */
export function groupIndicators(
  list: readonly Indicator[],
  key: (i: Indicator) => string,
): Map<string, Indicator[]> {
  const out = new Map<string, Indicator[]>();
  for (const i of list) {
    const k = key(i);
    const g = out.get(k);
    if (g) g.push(i);
    else out.set(k, [i]);
  }
  return out;
}
