/**
 * The rows [start, start + span) of a merged cell cut at page starts, so that each page
 * writes the cell again on its first row (a merged cell prints its text once): each piece's
 * first row and length.
 * @param start the merged cell's first row
 * @param span its number of rows
 * @param starts the rows that start a printed page, ascending
 * @returns the pieces, top to bottom
 * @example mergePieces(5, 10, [8, 20]) // [[5, 3], [8, 7]]
 */
export function mergePieces(start: number, span: number, starts: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  // Page starts are ascending: the first one after `start` by binary search.
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < starts.length && starts[i]! < start + span; i++) {
    out.push([from, starts[i]! - from]);
    from = starts[i]!;
  }
  out.push([from, start + span - from]);
  return out;
}
