import type { PrintPlan } from "./types";

/**
 * Printable width of a landscape page in points: the paper less Excel's default side margins
 * (0.7 in each), which is what a written file gets.
 */
const PRINTABLE = { A4: 841.89 - 100.8, A3: 1190.55 - 100.8 } as const;
/** The smallest printed font size a reviewer can still read on a dense table, in points. */
export const MIN_PRINTED_FONT = 6.5;

/**
 * Width of columns in points as Excel lays them out: a width of w characters of Calibri 11 is
 * 7w + 5 pixels at 96 dpi.
 * @param widths column widths in characters
 * @returns the total width in points
 * @example columnsPoints([10, 10]) // 112.5
 */
export function columnsPoints(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + (7 * w + 5) * 0.75, 0);
}

/**
 * Landscape paper for a table fitted to the page width: A4 when the table fits one A4 page
 * wide with its text printed at `minFont` or larger, else A3, and as many A3 pages wide as
 * keep it so (fit to width, any number of pages tall).
 * @param widths the table's column widths in characters
 * @param fontSize the table's body font size in points
 * @param minFont the smallest printed font size accepted
 * @returns the print fields: landscape, paper, pages wide
 * @example tablePaper([5, 14, 40, 44, 11, 11, 11, 12, 15, 16], 11) // { landscape: true, paperSize: "A4", fitToWidth: true }
 */
export function tablePaper(
  widths: readonly number[],
  fontSize: number,
  minFont = MIN_PRINTED_FONT,
): Pick<PrintPlan, "landscape" | "paperSize" | "fitToWidth" | "pagesWide"> {
  // The width the table takes on paper when its text prints at exactly minFont.
  const atMin = (columnsPoints(widths) * minFont) / Math.max(1, fontSize);
  if (atMin <= PRINTABLE.A4) return { landscape: true, paperSize: "A4", fitToWidth: true };
  const pages = Math.ceil(atMin / PRINTABLE.A3);
  return pages <= 1
    ? { landscape: true, paperSize: "A3", fitToWidth: true }
    : { landscape: true, paperSize: "A3", pagesWide: pages };
}
