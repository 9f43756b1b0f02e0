import { parseA1 } from "../../a1";
import type { Window } from "./detectHeader";

/**
 * The part of a sheet an import reads: the whole sheet, or the range the planner gave.
 * @returns undefined when the range cannot be read
 * @example windowOf([[1, 2]], "B1:B1") // { top: 0, bottom: 0, left: 1, right: 1 }
 */
export function windowOf(
  values: readonly (readonly unknown[])[],
  range: string | undefined,
): Window | undefined {
  const width = Math.max(0, ...values.map((r) => r.length)) - 1;
  if (!range) return { top: 0, bottom: values.length - 1, left: 0, right: width };
  const [a, b] = range.split(":").map((p) => parseA1(p));
  if (!a) return undefined;
  const end = b ?? a;
  return {
    top: Math.min(a.row, end.row),
    bottom: Math.max(a.row, end.row),
    left: Math.min(a.col, end.col),
    right: Math.max(a.col, end.col),
  };
}
