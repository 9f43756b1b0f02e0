/** A run of rows or columns that must print on one page: `start` inclusive, `end` exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Where the pages along one axis start, and the spans a break could not avoid cutting. */
export interface AxisBreaks {
  /** Indexes that start a new page (a break before each), ascending; the first page is not listed. */
  readonly breaks: number[];
  /** Spans cut by a break because no page could hold them whole (empty when every span fits). */
  readonly cut: Span[];
}

/**
 * Page breaks along one axis (rows, or columns) that keep every span whole: each page takes as
 * many indexes as fit in `capacity` and ends at the last index where no span is cut. Only when
 * no such index leaves the page anything (a span longer than a page) does a break cut, then
 * where it cuts the fewest spans, and says which.
 * @param sizes size of each index in points (row heights, column widths), from index 0
 * @param spans the runs that must not be cut (boxes, merged cells)
 * @param capacity what a page holds, in the same points; `first` for the first page if it
 *   holds less (rows above the repeated header)
 * @param first capacity of the first page (default `capacity`)
 * @returns the breaks and any span they cut
 * @example axisBreaks([10, 10, 10, 10], [{ start: 1, end: 3 }], 25).breaks // [1, 3]
 */
export function axisBreaks(
  sizes: readonly number[],
  spans: readonly Span[],
  capacity: number,
  first = capacity,
): AxisBreaks {
  const n = sizes.length;
  // inside[b]: how many spans a break before index b would cut (start < b < end).
  const delta = new Int32Array(n + 2);
  for (const s of spans) {
    if (s.end - s.start < 2) continue;
    delta[Math.max(0, s.start + 1)]! += 1;
    delta[Math.min(n + 1, s.end)]! -= 1;
  }
  const inside = new Int32Array(n + 1);
  for (let b = 0, run = 0; b <= n; b++) inside[b] = run += delta[b]!;

  const breaks: number[] = [];
  const cut: Span[] = [];
  let start = 0;
  let room = first;
  while (start < n) {
    // The furthest index this page can reach (always at least one index).
    let end = start;
    let used = 0;
    while (end < n && (end === start || used + sizes[end]! <= room)) used += sizes[end++]!;
    if (end >= n) break;
    let at = end;
    while (at > start && inside[at]! > 0) at--;
    if (at === start) {
      // Nothing fits whole: cut where the fewest spans are, as late as possible.
      at = end;
      for (let b = end; b > start; b--) if (inside[b]! < inside[at]!) at = b;
      for (const s of spans) if (s.start < at && at < s.end) cut.push(s);
    }
    breaks.push(at);
    start = at;
    room = capacity;
  }
  return { breaks, cut };
}
