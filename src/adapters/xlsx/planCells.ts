import { a1 } from "../../core/a1";
import type { RangeRef } from "../../core/plans/types";
import type { Msg } from "../../core/messages";

/** Something the .xlsx adapter could not write as planned, for the user to know. */
export interface PlanWarning {
  readonly sheet: string;
  readonly message: Msg;
}

/** Every warning of one {@link applyPlan} call. */
export type PlanWarnings = PlanWarning[];

/** The 0-based bounds of a plan range, inclusive. */
export interface Bounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A plan range's inclusive bounds (rows/cols default to 1, never below 1). */
export function bounds(range: RangeRef): Bounds {
  const rows = Math.max(1, Math.floor(range.rows ?? 1));
  const cols = Math.max(1, Math.floor(range.cols ?? 1));
  return { top: range.row, left: range.col, bottom: range.row + rows - 1, right: range.col + cols - 1 };
}

/**
 * A plan range as an A1 reference, "B2" or "B2:D9".
 * @example rangeAddress({ row: 1, col: 1, rows: 8, cols: 3 }) // "B2:D9"
 */
export function rangeAddress(range: RangeRef): string {
  const b = bounds(range);
  const tl = a1(b.top, b.left);
  return b.bottom === b.top && b.right === b.left ? tl : `${tl}:${a1(b.bottom, b.right)}`;
}

/**
 * A plan colour (`#RRGGBB`) as ExcelJS's ARGB, or undefined when it is not a colour.
 * @example argb("#1F4E79") // "FF1F4E79"
 */
export function argb(color: string | undefined): string | undefined {
  if (color === undefined) return undefined;
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  return m ? `FF${m[1]!.toUpperCase()}` : undefined;
}

/** Calls `fn` for every cell of a range, 1-based as ExcelJS counts. */
export function forEachCell(range: RangeRef, fn: (row: number, col: number, b: Bounds) => void): void {
  const b = bounds(range);
  for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) fn(r + 1, c + 1, b);
}
