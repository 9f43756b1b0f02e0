import type { Gaps, Orientation } from "./layoutDiagram";
import type { BoxMetrics } from "./measureBox";

/**
 * Shapes and SVG: 10 pt text. An average character of Indonesian text is about 4.9 pt wide in
 * Calibri and 5.6 pt in DejaVu Sans (what LibreOffice substitutes on Linux); 6 pt leaves room
 * so no host wraps into more lines than we reserved.
 */
export const POINT_METRICS: BoxMetrics = {
  charWidth: 6,
  lineHeight: 13,
  padX: 6,
  padY: 3,
  minWidth: 130,
  maxWidth: 210,
};

export const POINT_GAPS: Readonly<Record<Orientation, Gaps>> = {
  down: { siblingGap: 14, cousinGap: 28, levelGap: 36, stackGap: 8, stackIndent: 18 },
  right: { siblingGap: 10, cousinGap: 20, levelGap: 48, stackGap: 8, stackIndent: 18 },
};

/**
 * Cell grid: narrow columns of 2 characters (19 px = 14.25 pt), rows of one 9 pt line. Text is
 * 9 pt (CELL_FONT_SIZE), whose average character is 4.4 pt in Calibri and 5 pt in DejaVu Sans.
 */
export const CELL_FONT_SIZE = 9;
export const CELL_COLUMN_CHARS = 2;
export const CELL_COLUMN_POINTS = 14.25;
export const CELL_ROW_POINTS = 14;

export const CELL_METRICS: BoxMetrics = {
  charWidth: 5.6,
  lineHeight: CELL_ROW_POINTS,
  padX: 5,
  padY: 0,
  minWidth: 130,
  maxWidth: 210,
  grid: { colWidth: CELL_COLUMN_POINTS },
};

/** In cells: across the tree, columns (down) or rows (right); along it, the other. All even. */
export const CELL_GAPS: Readonly<Record<Orientation, Gaps>> = {
  down: { siblingGap: 2, cousinGap: 4, levelGap: 2, stackGap: 1, stackIndent: 2 },
  right: { siblingGap: 2, cousinGap: 2, levelGap: 4, stackGap: 1, stackIndent: 2 },
};
