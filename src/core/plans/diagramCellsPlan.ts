import { diagramSelection, type DiagramOptions } from "../layout/diagramSelection";
import { fitDiagram } from "../layout/fitDiagram";
import { CELL_GAPS, CELL_METRICS, CELL_ROW_POINTS } from "../layout/metrics";
import type { CodedMsg } from "../messages";
import type { Model } from "../model/buildModel";
import { diagramBoxCells } from "./diagramBoxCells";
import { diagramPrint } from "./diagramPrint";
import { keepDiagramOnPages } from "./keepDiagramOnPages";
import { diagramLegend } from "./diagramLegend";
import { diagramTitle } from "./diagramTitle";
import { generatedNote } from "./generatedNote";
import { DEFAULT_ROW_HEIGHT } from "./rowHeights";
import type { CellBlock, FormatPlan, RangeRef, SheetPlan } from "./types";

/** The diagram sheet's name (SPEC §3.3). */
export { DIAGRAM_SHEET } from "../sheets";
import { DIAGRAM_SHEET } from "../sheets";

/** Where the layout's (0, 0) sits: below the generated line, the title and the legend. */
export const DIAGRAM_ORIGIN = { row: 5, col: 1 } as const;

const LEGEND_ROW = 3;
/** The row that says how the diagram was adapted to the sheet, when it was. */
const NOTICE_ROW = 2;
const NOTICE_COLOR = "#9C5700";
/** Excel's sheet: 16,384 columns and 1,048,576 rows. */
export const SHEET_LIMITS = { columns: 16384, rows: 1048576 } as const;
/** Heights of the rows above the diagram in points: generated line, title, notice, legend, gap. */
const HEAD_ROWS = [DEFAULT_ROW_HEIGHT, 21, DEFAULT_ROW_HEIGHT, 18, DEFAULT_ROW_HEIGHT] as const;

/**
 * Plans the `Pohon Kinerja` sheet drawn in cells (SPEC §5), for hosts without shapes and for
 * every .xlsx the command line writes: each box is a stack of merged, filled, wrapped cell
 * ranges (the Uraian, then one per indicator, then its capaian coloured by predikat) with a
 * medium outline; connectors are elbow lines drawn with cell borders. Narrow columns and one
 * text line per row make the grid; gridlines are off and the sheet prints landscape, its page
 * breaks between boxes (diagramPrint).
 * @param model the pohon kinerja
 * @param options year, orientation, root, depth, language, time stamp
 * @param earlier notices from the caller (e.g. shapes given up for cells), shown first
 * @returns a `replace` sheet plan; workbook text is written as plain text; `notices` say how
 *   the diagram was adapted to fit the sheet, if it was (also written on the sheet's row 3)
 * @example diagramCellsPlan(model, { orientation: "down", lang: "id", generatedAt: new Date() }).name // "Pohon Kinerja"
 */
export function diagramCellsPlan(
  model: Model,
  options: DiagramOptions,
  earlier: readonly CodedMsg[] = [],
): SheetPlan {
  const { lang } = options;
  const selection = diagramSelection(model, options);
  const O = DIAGRAM_ORIGIN;
  const fitted = fitDiagram(selection.roots ?? [], CELL_METRICS, options.orientation, CELL_GAPS, {
    width: SHEET_LIMITS.columns - O.col - 3,
    height: SHEET_LIMITS.rows - O.row - 1,
  });
  const { adapted } = fitted;
  const legend = diagramLegend(model, fitted.layout, lang, LEGEND_ROW);
  // Boxes a page edge would cut move to the next page (the sheet still holds them).
  const { layout, columnWidths, colPoints, paper } = keepDiagramOnPages(fitted.layout, {
    col: O.col,
    above: HEAD_ROWS.reduce((a, b) => a + b, 0),
    legendEnd: legend.lastCol,
    room: { width: SHEET_LIMITS.columns - O.col - 3, height: SHEET_LIMITS.rows - O.row - 1 },
  });
  const blocks: CellBlock[] = [
    { row: 0, col: 0, values: [[generatedNote(lang, options.generatedAt)], [diagramTitle(model, options)]] },
  ];
  const formats: FormatPlan[] = [
    { range: { row: 0, col: 0 }, italic: true, fontColor: "#555555", fontSize: 9 },
    { range: { row: 1, col: 0 }, bold: true, fontSize: 14 },
  ];
  const merges: RangeRef[] = [];
  const notices = [...earlier, ...(adapted ? [adapted] : [])];
  if (notices.length > 0) {
    blocks.push({ row: NOTICE_ROW, col: 0, values: [[notices.map((n) => n[lang]).join(" ")]] });
    formats.push({ range: { row: NOTICE_ROW, col: 0 }, italic: true, bold: true, fontColor: NOTICE_COLOR });
  }

  // Moving boxes down the pages changes no level, predikat or mark: the same legend.
  blocks.push(...legend.blocks);
  merges.push(...legend.merges);
  formats.push(...legend.formats);

  if (selection.problem || layout.boxes.length === 0) {
    const text = selection.problem
      ? selection.problem[lang]
      : lang === "en"
        ? "No indicators to draw yet."
        : "Belum ada indikator untuk digambar.";
    blocks.push({ row: O.row, col: O.col, values: [[text]] });
    formats.push({ range: { row: O.row, col: O.col }, italic: true });
  }

  const drawn = diagramBoxCells(layout, O);
  blocks.push(...drawn.blocks);
  merges.push(...drawn.merges);
  formats.push(...drawn.formats);

  const lastRow = O.row + layout.height;
  const rowHeights = [
    { row: 1, height: HEAD_ROWS[1]! },
    { row: LEGEND_ROW, height: HEAD_ROWS[LEGEND_ROW]! },
    ...Array.from({ length: lastRow - O.row + 1 }, (_, i) => ({ row: O.row + i, height: CELL_ROW_POINTS })),
  ];
  const rowPoints = Array<number>(lastRow + 1).fill(DEFAULT_ROW_HEIGHT);
  for (const h of rowHeights) rowPoints[h.row] = h.height;
  const texts = blocks
    .filter((b) => b.row < O.row && b.row !== LEGEND_ROW)
    .map((b) => ({ row: b.row, col: b.col, text: String(b.values[0]![0]), fontSize: [9, 14][b.row] ?? 11 }));
  const { print } = diagramPrint(
    layout,
    O,
    colPoints,
    rowPoints,
    merges.filter((m) => m.row === LEGEND_ROW),
    texts,
    paper,
  );
  return {
    name: DIAGRAM_SHEET,
    mode: "replace",
    tabColor: "#1F4E79",
    showGridlines: false,
    ...(notices.length > 0 ? { notices } : {}),
    blocks,
    formats,
    merges,
    columnWidths,
    rowHeights,
    print: { ...print, header: diagramTitle(model, options) },
  };
}
