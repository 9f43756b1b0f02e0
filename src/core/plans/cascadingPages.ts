import { DEFAULT_ROW_HEIGHT, estimateRowHeights, type TextCell } from "./rowHeights";

/** Where the printed pages of a table of merged rows start, and the row heights that go with them. */
export interface TablePages {
  /** 0-based body rows that start a new page (after the first), ascending. */
  readonly starts: number[];
  /** Heights of the body rows taller than the default, by row. */
  readonly heights: { row: number; height: number }[];
}

/**
 * Pages of a table whose cells merge over several rows (the Cascading matrix), when each
 * page repeats the text of a merged cell that runs on from the page before: a merged cell is
 * split at every page start and its text written again on the page's first row, so every
 * page's rows must be tall enough for the text of every piece. Page by page, the page takes
 * the rows that fit at their unsplit heights, then gives rows back until the heights its
 * pieces need fit too (fewer rows only makes the pieces shorter, so this ends).
 * @param cells the body's wrapped cells, merged ones with their full size (`rows`)
 * @param widths column widths in characters
 * @param first the first body row
 * @param count the number of body rows
 * @param room sheet points of body rows the first page holds, and every later page
 * @returns where pages start, and the row heights for those pages
 * @example cascadingPages(cells, widths, 5, 120, { first: 700, next: 740 }).starts // [48, 95]
 */
export function cascadingPages(
  cells: readonly TextCell[],
  widths: readonly number[],
  first: number,
  count: number,
  room: { readonly first: number; readonly next: number },
): TablePages {
  const sorted = [...cells].sort((a, b) => a.row - b.row);
  const whole = new Map(estimateRowHeights(sorted, widths).map((h) => [h.row, h.height]));
  const end = first + count;
  const starts: number[] = [];
  const heights: { row: number; height: number }[] = [];
  // The cells that started before the page and still run (one per column at most).
  const open = new Map<number, TextCell>();
  let next = 0; // index in `sorted` of the first cell starting at or after the page
  for (let p = first; p < end;) {
    while (next < sorted.length && sorted[next]!.row < p) open.set(sorted[next]!.col, sorted[next++]!);
    const space = p === first ? room.first : room.next;
    let stop = fill(p, end, space, (r) => whole.get(r) ?? DEFAULT_ROW_HEIGHT);
    let page: Map<number, number>;
    for (;;) {
      const pieces: TextCell[] = [];
      for (const c of open.values()) if (c.row + (c.rows ?? 1) > p) pieces.push(clip(c, p, stop));
      for (let i = next; i < sorted.length && sorted[i]!.row < stop; i++)
        pieces.push(clip(sorted[i]!, p, stop));
      page = new Map(estimateRowHeights(pieces, widths).map((h) => [h.row, h.height]));
      const shorter = fill(p, stop, space, (r) => page.get(r) ?? DEFAULT_ROW_HEIGHT);
      if (shorter >= stop) break;
      stop = shorter;
    }
    for (const [row, height] of page) heights.push({ row, height });
    if (stop < end) starts.push(stop);
    p = stop;
  }
  return { starts, heights: heights.sort((a, b) => a.row - b.row) };
}

/** The first row after `p` that does not fit in `space` (at least one row per page). */
function fill(p: number, end: number, space: number, height: (row: number) => number): number {
  let used = height(p);
  let r = p + 1;
  while (r < end && used + height(r) <= space) used += height(r++);
  return r;
}

/** A merged cell's part within the rows [from, to). */
function clip(cell: TextCell, from: number, to: number): TextCell {
  const start = Math.max(cell.row, from);
  return { ...cell, row: start, rows: Math.min(cell.row + (cell.rows ?? 1), to) - start };
}
