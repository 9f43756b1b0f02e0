import { sectionBreaks, type Section } from "../layout/sectionBreaks";
import { pagedPrint, tableScale } from "./pageSetup";
import { columnsPoints, MIN_PRINTED_FONT } from "./printPaper";
import { DEFAULT_ROW_HEIGHT } from "./rowHeights";
import type { PrintPlan } from "./types";

/** The rows of the Capaian sheet the page breaks are planned from, 0-based sheet rows. */
export interface CapaianRows {
  /** The table header, repeated on every page; the rows above it print on the first page only. */
  readonly header: number;
  /** The level labels; each heads the rows up to the next label or `tableEnd`. */
  readonly labelRows: readonly number[];
  /** The row after the table's last. */
  readonly tableEnd: number;
  /** The summary's title (its header row below it) and the row after its last, if there is one. */
  readonly summary?: { readonly top: number; readonly end: number };
  /** Heights of the rows taller or shorter than the default. */
  readonly heights: readonly { readonly row: number; readonly height: number }[];
}

/**
 * The print fields of the `Capaian YYYY` sheet: landscape, one page wide at its 11-pt text's
 * readable size, and row breaks that keep each level's label with its rows (sectionBreaks): a
 * level that fits on a page prints on one, a longer one breaks between indicators with its
 * label above at least the first two, and the summary (title, header, rows) prints whole. The
 * table header repeats on every page, so a label never ends one.
 * @param widths the column widths in characters, as the sheet gets them (the summary's included)
 * @param rows where the header, labels and summary are, and the row heights
 * @param pageHeader the text atop every page (agency and year)
 * @returns the print plan
 * @example capaianPrint(widths, { header: 5, labelRows: [6], tableEnd: 40, heights: [] }, "Dinas Sosial").rowBreaks
 */
export function capaianPrint(widths: readonly number[], rows: CapaianRows, pageHeader: string): PrintPlan {
  const paper = tableScale(columnsPoints(widths), MIN_PRINTED_FONT / 11);
  const tall = new Map(rows.heights.map((h) => [h.row, h.height]));
  const height = (row: number) => tall.get(row) ?? DEFAULT_ROW_HEIGHT;
  const first = rows.header + 1;
  const end = rows.summary?.end ?? rows.tableEnd;
  const sizes = Array.from({ length: end - first }, (_, i) => height(first + i));
  let above = 0;
  for (let r = 0; r < first; r++) above += height(r);
  const at = (row: number) => row - first;
  const sections: Section[] = rows.labelRows.map((row, i) => ({
    start: at(row),
    heading: 1,
    end: at(rows.labelRows[i + 1] ?? rows.tableEnd),
  }));
  const summary = rows.summary;
  if (summary) sections.push({ start: at(summary.top), heading: 2, end: at(summary.end) });
  // The blank rows between table and summary stay below the table's last row: no page starts blank.
  const glue = summary ? [{ start: at(rows.tableEnd - 1), end: at(summary.top) }] : [];
  const { breaks } = sectionBreaks(
    sizes,
    sections,
    { first: paper.down - above, next: paper.down - height(rows.header) },
    2,
    glue,
  );
  return {
    ...pagedPrint(
      paper,
      breaks.map((b) => b + first),
    ),
    repeatRows: [rows.header, rows.header],
    header: pageHeader,
  };
}
