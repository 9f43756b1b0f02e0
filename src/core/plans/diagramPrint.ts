import type { PageRoom } from "../layout/keepOnPage";
import type { DiagramLayout } from "../layout/layoutDiagram";
import { axisBreaks, type Span } from "../layout/pageBreaks";
import { pagedPrint, pageScale, type PageScale } from "./pageSetup";
import type { PrintPlan } from "./types";

/** The smallest scale at which box text stays readable on paper. */
export const MIN_DIAGRAM_SCALE = 0.5;
/** Width of an average character as a share of the font size (DejaVu Sans, a little over Calibri). */
const CHAR_EM = 0.6;

/** A line of text written in one cell that may run on over the cells to its right. */
export interface OverflowText {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly fontSize: number;
}

/**
 * Print setup of the diagram drawn in cells: landscape paper, a fixed scale (pageScale) and
 * page breaks that fall between boxes, never through one. A break also keeps a legend swatch
 * and the lines of text above the diagram whole (those shorter than a page), and cuts through a box only when a page
 * cannot hold it (it then cuts the fewest).
 * @param layout the diagram's layout, in cells
 * @param origin the sheet cell of the layout's (0, 0)
 * @param colPoints each column's width in points, from column 0
 * @param rowPoints each row's height in points, from row 0
 * @param merged other ranges to keep whole (the legend)
 * @param texts lines of text that run on to the right (title, notices)
 * @param paper the paper and scale (default: diagramPaper of `colPoints`); pass the one the
 *   boxes were kept on their pages for (keepOnPage), so the breaks fall on those page edges
 * @returns the print fields, and the boxes a break had to cut (none on any real diagram)
 * @example diagramPrint(layout, { row: 5, col: 1 }, cols, rows, legend, [title]).print.colBreaks
 */
export function diagramPrint(
  layout: DiagramLayout,
  origin: { readonly row: number; readonly col: number },
  colPoints: readonly number[],
  rowPoints: readonly number[],
  merged: readonly { row: number; col: number; rows?: number; cols?: number }[],
  texts: readonly OverflowText[],
  paper: PageScale = diagramPaper(colPoints),
): { print: PrintPlan; cut: number } {
  const rowSpans: Span[] = [];
  const colSpans: Span[] = [];
  for (const b of layout.boxes) {
    rowSpans.push({ start: origin.row + b.y, end: origin.row + b.y + b.height });
    colSpans.push({ start: origin.col + b.x, end: origin.col + b.x + b.width });
  }
  for (const m of merged) {
    rowSpans.push({ start: m.row, end: m.row + (m.rows ?? 1) });
    colSpans.push({ start: m.col, end: m.col + (m.cols ?? 1) });
  }
  for (const t of texts) {
    let end = t.col;
    let w = t.text.length * t.fontSize * CHAR_EM;
    // A line longer than a page cannot be kept whole (the page header repeats the title).
    if (w > paper.across) continue;
    for (; w > 0 && end < colPoints.length; end++) w -= colPoints[end]!;
    colSpans.push({ start: t.col, end });
  }
  const cols = axisBreaks(colPoints, colSpans, paper.across);
  const rows = axisBreaks(rowPoints, rowSpans, paper.down);
  return {
    print: pagedPrint(paper, rows.breaks, cols.breaks),
    cut: cols.cut.length + rows.cut.length,
  };
}

/**
 * The diagram's paper and print scale, from its columns' widths (pageScale at the smallest
 * readable scale).
 * @param colPoints each column's width in points, from column 0
 * @example diagramPaper(Array(200).fill(14.25)).paperSize // "A3"
 */
export function diagramPaper(colPoints: readonly number[]): PageScale {
  return pageScale(
    colPoints.reduce((a, b) => a + b, 0),
    MIN_DIAGRAM_SCALE,
  );
}

/**
 * What a printed page of the diagram holds along one axis, in the layout's units: the first
 * page after what comes before the layout, then every page. Taken from the paper that
 * {@link diagramPrint} breaks the pages on, so its breaks fall on these page edges.
 * @param capacity what a page holds along the axis in sheet points (`paper.down` or `paper.across`)
 * @param before the points of the rows (columns) before the layout's row (column) 0
 * @param unit the size of one layout unit in points
 * @example diagramPageRoom(paper.down, 84, 14) // { first: 54, next: 60 }
 */
export function diagramPageRoom(capacity: number, before: number, unit: number): PageRoom {
  return {
    first: Math.max(0, Math.floor((capacity - before) / unit + 1e-9)),
    next: Math.floor(capacity / unit + 1e-9),
  };
}
