import { keepOnPage } from "../layout/keepOnPage";
import type { DiagramLayout } from "../layout/layoutDiagram";
import { CELL_COLUMN_CHARS, CELL_ROW_POINTS } from "../layout/metrics";
import { diagramPageRoom, diagramPaper } from "./diagramPrint";
import { columnPoints, type PageScale } from "./pageSetup";

/** The diagram drawn in cells, placed on its pages: the layout, the sheet's columns and the paper. */
export interface DiagramOnPages {
  readonly layout: DiagramLayout;
  readonly columnWidths: { col: number; width: number }[];
  readonly colPoints: number[];
  readonly paper: PageScale;
}

/**
 * Moves the boxes of a diagram drawn in cells off its page edges (keepOnPage), down and across,
 * on the paper its unmoved width prints on: the breaks then fall in the gaps the moves leave, and
 * the sheet only grows by what the moves add. Column 0 is narrow; the others are the grid's.
 * @param fitted the layout as fitted to the sheet (fitDiagram)
 * @param at where the layout's (0, 0) sits, the points of the rows above it, the last column the
 *   legend uses and the sheet's room for the layout (when the moved layout would not fit, the
 *   boxes stay where they were)
 * @example keepDiagramOnPages(fitted, { row: 5, col: 1, above: 84, legendEnd: 40, room }).layout.width
 */
export function keepDiagramOnPages(
  fitted: DiagramLayout,
  at: {
    readonly col: number;
    readonly above: number;
    readonly legendEnd: number;
    readonly room: { readonly width: number; readonly height: number };
  },
): DiagramOnPages {
  const columns = (layout: DiagramLayout) =>
    Array.from({ length: Math.max(at.col + layout.width, at.legendEnd) + 2 }, (_, col) => ({
      col,
      width: col === 0 ? 3 : CELL_COLUMN_CHARS,
    }));
  const points = (widths: readonly { width: number }[]) => widths.map((c) => columnPoints(c.width));
  const paper = diagramPaper(points(columns(fitted)));
  const before = points(columns(fitted)).slice(0, at.col);
  const kept = keepOnPage(
    fitted,
    diagramPageRoom(paper.down, at.above, CELL_ROW_POINTS),
    diagramPageRoom(
      paper.across,
      before.reduce((a, b) => a + b, 0),
      columnPoints(CELL_COLUMN_CHARS),
    ),
  );
  const layout = kept.height <= at.room.height && kept.width <= at.room.width ? kept : fitted;
  const columnWidths = columns(layout);
  return { layout, columnWidths, colPoints: points(columnWidths), paper };
}
