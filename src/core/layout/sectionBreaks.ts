import type { PageRoom } from "./keepOnPage";
import { axisBreaks, type AxisBreaks, type Span } from "./pageBreaks";

/** A run of rows that opens with heading rows: `start` inclusive, `end` exclusive. */
export interface Section {
  readonly start: number;
  /** How many rows at `start` are headings (a level's label; a title over a header row). */
  readonly heading: number;
  readonly end: number;
}

/**
 * Row breaks for a table printed in sections, each opening with a heading: a section that fits
 * on a page prints whole on one (it starts a new page when the rest of the page cannot hold
 * it); a longer one breaks between its data rows, its heading on the same page as at least its
 * first `keep` data rows. So no heading is the last thing on a page, and nothing is repeated.
 * Rows outside every section (`glue` joins them to their neighbours) break anywhere.
 * @param sizes the height of each row, from index 0, in points
 * @param sections the sections, by index into `sizes`
 * @param room what the first page holds, and every next page, in the same points
 * @param keep data rows a heading keeps on its page when its section breaks (default 2)
 * @param glue further runs that must not be cut (e.g. a blank row and the row above it)
 * @returns the indexes that start a new page, and any run no page could hold whole
 * @example sectionBreaks([15, 15, 15, 15], [{ start: 1, heading: 1, end: 4 }], { first: 30, next: 60 }).breaks // [1]
 */
export function sectionBreaks(
  sizes: readonly number[],
  sections: readonly Section[],
  room: PageRoom,
  keep = 2,
  glue: readonly Span[] = [],
): AxisBreaks {
  const spans = sections.map((s): Span => {
    let height = 0;
    for (let r = s.start; r < s.end; r++) height += sizes[r] ?? 0;
    if (height <= room.next) return { start: s.start, end: s.end };
    return { start: s.start, end: Math.min(s.end, s.start + s.heading + keep) };
  });
  return axisBreaks(sizes, [...spans, ...glue], room.next, room.first);
}
