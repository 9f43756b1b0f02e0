import { keepOnPage } from "../layout/keepOnPage";
import type { DiagramLayout } from "../layout/layoutDiagram";
import { SHEET_LIMITS } from "./diagramCellsPlan";
import { diagramPageRoom, diagramPaper, diagramPrint, type OverflowText } from "./diagramPrint";

/**
 * The grid under the shapes, in points: narrow columns of one character and rows of 10 px,
 * so a page break can fall in any gap between boxes (a break is a cell edge). Above the
 * diagram: the generated line, the title, the notice, the legend line, then one grid row.
 */
export const SHAPES_GRID = { column: 9, columnChars: 1, row: 7.5, head: [15, 22.5, 15, 15, 7.5] } as const;
/** Points from the sheet's top-left to the diagram: below the rows above it, on cell edges. */
export const SHAPES_ORIGIN = { left: 2 * SHAPES_GRID.column, top: 75 } as const;

/** Excel's sheet in points, at the grid's column width and row height. */
export const SHAPES_SHEET = {
  width: SHEET_LIMITS.columns * SHAPES_GRID.column,
  height: SHEET_LIMITS.rows * SHAPES_GRID.row,
} as const;

/**
 * The cell grid under a diagram of shapes and its print setup: the boxes a page edge would cut
 * move to the next page or across to the next one (keepOnPage), on page edges that are cell
 * edges (the grid's rows and columns divide the origin), and the page breaks fall in the gaps between boxes (diagramPrint on the cells
 * each box covers) — as for the diagram drawn in cells.
 * @param fitted the diagram's layout in points
 * @param texts the lines above the diagram that run on to the right (kept on one page when they fit)
 * @returns the layout to draw, the grid's sizes and the print fields
 * @example shapesGrid(layout, []).print.rowBreaks
 */
export function shapesGrid(fitted: DiagramLayout, texts: readonly OverflowText[]) {
  const G = SHAPES_GRID;
  const columns = (layout: DiagramLayout) =>
    Array<number>(Math.ceil((SHAPES_ORIGIN.left + layout.width) / G.column) + 1).fill(G.column);
  // The paper of the unmoved width: the boxes move onto its page edges, which are cell edges.
  const paper = diagramPaper(columns(fitted));
  const down = diagramPageRoom(paper.down, SHAPES_ORIGIN.top, G.row);
  const across = diagramPageRoom(paper.across, SHAPES_ORIGIN.left, G.column);
  const kept = keepOnPage(
    fitted,
    { first: down.first * G.row, next: down.next * G.row },
    { first: across.first * G.column, next: across.next * G.column },
  );
  const layout =
    kept.height <= SHAPES_SHEET.height - SHAPES_ORIGIN.top &&
    kept.width <= SHAPES_SHEET.width - SHAPES_ORIGIN.left
      ? kept
      : fitted;
  const colPoints = columns(layout);
  const rows = G.head.length + Math.ceil(layout.height / G.row) + 1;
  const rowPoints = Array.from({ length: rows }, (_, r) => G.head[r] ?? G.row);
  return {
    layout,
    print: diagramPrint(gridLayout(layout), { row: 0, col: 0 }, colPoints, rowPoints, [], texts, paper).print,
    columnWidths: colPoints.map((_, col) => ({ col, width: G.columnChars })),
    rowHeights: rowPoints.map((height, row) => ({ row, height })),
  };
}

/** The layout in the grid's cells, from the sheet's top-left: each box over the cells it touches. */
function gridLayout(layout: DiagramLayout): DiagramLayout {
  const { column, row } = SHAPES_GRID;
  return {
    ...layout,
    boxes: layout.boxes.map((b) => {
      const left = SHAPES_ORIGIN.left + b.x;
      const x = Math.floor(left / column + 1e-9);
      // The rows above the diagram are taller; the diagram starts on the edge below them.
      const y = SHAPES_GRID.head.length + Math.floor(b.y / row + 1e-9);
      return {
        ...b,
        x,
        y,
        width: Math.ceil((left + b.width) / column - 1e-9) - x,
        height: SHAPES_GRID.head.length + Math.ceil((b.y + b.height) / row - 1e-9) - y,
      };
    }),
  };
}
