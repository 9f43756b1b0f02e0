import type { PageMargins, PrintPlan } from "./types";

/** Margins of sheets printed with breaks of their own, in inches: header and footer fit in them. */
export const PAGE_MARGINS: PageMargins = {
  left: 0.5,
  right: 0.5,
  top: 0.75,
  bottom: 0.75,
  header: 0.3,
  footer: 0.3,
};
/** Landscape paper, in points. */
export const PAPER = {
  A4: { width: 841.89, height: 595.28 },
  A3: { width: 1190.55, height: 841.89 },
} as const;
/**
 * The share of a page's printable width and height the breaks fill: a little room for rounding
 * (Excel scales in whole percent), so no host adds a break of its own.
 */
export const PAGE_FILL = { width: 0.95, height: 0.97 } as const;

/**
 * The printed width of a column of `chars` characters, in points: the wider of Excel's
 * (7 px per character plus 5 px, at 96 dpi) and LibreOffice's (7 pt per character, from the
 * DejaVu Sans it prints Calibri with). Breaks computed from it fall before either host's own.
 * @example columnPoints(2) // 14.25 (Excel); columnPoints(20) // 140 (LibreOffice)
 */
export function columnPoints(chars: number): number {
  return Math.max((7 * chars + 5) * 0.75, 7 * chars);
}

/** The printable area of a landscape page, in points. */
export function printable(paper: "A4" | "A3"): { width: number; height: number } {
  const m = PAGE_MARGINS;
  return {
    width: PAPER[paper].width - (m.left + m.right) * 72,
    height: PAPER[paper].height - (m.top + m.bottom) * 72,
  };
}

/** Paper and scale of a sheet, and what one page holds at that scale in sheet points. */
export interface PageScale {
  readonly paperSize: "A4" | "A3";
  /** A fixed scale in percent (10–100), or undefined for "fit to one page wide". */
  readonly scale?: number;
  /** Sheet points one page holds across (columns) and down (rows), margins and fill allowed for. */
  readonly across: number;
  readonly down: number;
}

/**
 * Landscape paper and a fixed scale for a sheet `width` points wide: the whole width on one A4
 * page when it prints at `minScale` or more, else on as few A3 pages as keep it at `minScale`,
 * each a little short of full so breaks have room to fall between boxes. A fixed scale: how
 * "fit to N pages wide" would place column breaks of its own is up to each host.
 * @param width the sheet's printed width in points (columnPoints)
 * @param minScale the smallest scale at which its text stays readable (0–1)
 * @returns paper, scale and a page's room in sheet points
 * @example pageScale(600, 0.5) // { paperSize: "A4", scale: 100, across: 731.4…, down: 472.6… }
 */
export function pageScale(width: number, minScale: number): PageScale {
  const a4 = printable("A4").width * PAGE_FILL.width;
  const paperSize: "A4" | "A3" = width * minScale <= a4 ? "A4" : "A3";
  const room = printable(paperSize);
  const across = room.width * PAGE_FILL.width;
  let pages = Math.max(1, Math.ceil((width * minScale) / across));
  let scale = Math.min(100, Math.floor((100 * pages * across) / Math.max(1, width)));
  // More than one page wide: aim a little below full, so breaks between boxes still fit.
  if (pages > 1) scale = Math.floor(scale * 0.92);
  if (scale < minScale * 100) scale = Math.min(100, Math.floor((100 * ++pages * across) / width));
  scale = Math.max(10, scale);
  return {
    paperSize,
    scale,
    across: (across * 100) / scale,
    down: (room.height * PAGE_FILL.height * 100) / scale,
  };
}

/**
 * Landscape paper for a table printed one page wide ("fit to 1 page wide", any number tall,
 * which keeps manual row breaks): A4 when it prints there at `minScale` or more, else A3.
 * `down` is what a page holds at Excel's scale, the larger one (its columns are narrower than
 * LibreOffice's), so no host's page ends before a planned break.
 * @param excelWidth the table's width in Excel's points (printPaper's columnsPoints)
 * @param minScale the smallest scale wanted on A4 (0–1)
 * @returns paper and a page's room in sheet points
 * @example tableScale(1668.75, 0.65).paperSize // "A3"
 */
export function tableScale(excelWidth: number, minScale: number): PageScale {
  const paperSize: "A4" | "A3" = excelWidth * minScale <= printable("A4").width ? "A4" : "A3";
  const room = printable(paperSize);
  const scale = Math.min(1, room.width / Math.max(1, excelWidth));
  return { paperSize, across: room.width / scale, down: (room.height * PAGE_FILL.height) / scale };
}

/** The print fields of a sheet printed with breaks of its own, at a scale or one page wide. */
export function pagedPrint(
  paper: PageScale,
  rowBreaks: readonly number[],
  colBreaks: readonly number[] = [],
): PrintPlan {
  return {
    landscape: true,
    paperSize: paper.paperSize,
    ...(paper.scale === undefined ? { fitToWidth: true } : { scale: paper.scale }),
    margins: PAGE_MARGINS,
    ...(rowBreaks.length > 0 ? { rowBreaks } : {}),
    ...(colBreaks.length > 0 ? { colBreaks } : {}),
  };
}
