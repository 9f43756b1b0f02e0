import { PREDIKAT_BANDS } from "../capaian/predikat";
import { LINE_COLOR, sectionFill, SEPARATOR } from "../layout/colors";
import { markKinds } from "../layout/boxMarks";
import { diagramSelection, type DiagramOptions } from "../layout/diagramSelection";
import { fitDiagram } from "../layout/fitDiagram";
import {
  CELL_COLUMN_CHARS,
  CELL_FONT_SIZE,
  CELL_GAPS,
  CELL_METRICS,
  CELL_ROW_POINTS,
} from "../layout/metrics";
import type { CodedMsg } from "../messages";
import type { Model } from "../model/buildModel";
import { elbowBorders } from "./cellConnectors";
import { diagramPrint } from "./diagramPrint";
import { diagramTitle, legendEntries } from "./diagramTitle";
import { generatedNote } from "./generatedNote";
import { columnPoints } from "./pageSetup";
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
const LEGEND_COLS = 12;

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
  const { layout, adapted } = fitDiagram(
    selection.roots ?? [],
    CELL_METRICS,
    options.orientation,
    CELL_GAPS,
    {
      width: SHEET_LIMITS.columns - O.col - 3,
      height: SHEET_LIMITS.rows - O.row - 1,
    },
  );
  const line = { style: "medium" as const, color: LINE_COLOR };
  const thin = { style: "thin" as const, color: LINE_COLOR };
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

  const shownLevels = [...new Set(layout.boxes.map((b) => b.box.level))].sort((a, b) => a - b);
  const hasCapaian = layout.boxes.some((b) => b.sections.some((s) => s.kind === "capaian"));
  const legend = legendEntries(
    model,
    shownLevels,
    hasCapaian ? PREDIKAT_BANDS.map((b) => b.predikat) : [],
    lang,
    markKinds(layout.boxes.flatMap((b) => b.sections.flatMap((s) => (s.mark ? [s.mark] : [])))),
  );
  // A narrow tree gets a narrower legend, so the legend does not set the printed width.
  const legendCols = Math.max(
    7,
    Math.min(LEGEND_COLS, Math.floor(layout.width / Math.max(1, legend.length)) - 1),
  );
  legend.forEach((entry, i) => {
    const at = { row: LEGEND_ROW, col: 1 + i * (legendCols + 1), cols: legendCols };
    blocks.push({ row: at.row, col: at.col, values: [[entry.text]] });
    merges.push(at);
    formats.push({
      range: at,
      fill: entry.fill,
      fontSize: 9,
      hAlign: "center",
      vAlign: "middle",
      wrap: true,
      outline: thin,
    });
  });

  if (selection.problem || layout.boxes.length === 0) {
    const text = selection.problem
      ? selection.problem[lang]
      : lang === "en"
        ? "No indicators to draw yet."
        : "Belum ada indikator untuk digambar.";
    blocks.push({ row: O.row, col: O.col, values: [[text]] });
    formats.push({ range: { row: O.row, col: O.col }, italic: true });
  }

  for (const placed of layout.boxes) {
    let r = O.row + placed.y;
    const col = O.col + placed.x;
    for (const s of placed.sections) {
      const range = { row: r, col, rows: s.size, cols: placed.width };
      blocks.push({ row: r, col, values: [[s.text]] });
      merges.push(range);
      formats.push({
        range,
        fill: sectionFill(s, placed.box.level),
        fontColor: "#000000",
        fontSize: s.kind === "capaian" ? CELL_FONT_SIZE - 1 : CELL_FONT_SIZE,
        bold: s.kind === "uraian" || s.kind === "mark",
        wrap: true,
        hAlign: s.kind === "uraian" || s.kind === "mark" ? "center" : "left",
        vAlign: "middle",
        ...(r > O.row + placed.y ? { edges: { top: { style: "thin" as const, color: SEPARATOR } } } : {}),
      });
      r += s.size;
    }
    formats.push({
      range: { row: O.row + placed.y, col, rows: placed.height, cols: placed.width },
      outline: line,
    });
    if (placed.parent >= 0)
      formats.push(...elbowBorders(layout, layout.boxes[placed.parent]!, placed, O, line));
  }

  const lastCol = Math.max(O.col + layout.width, 1 + legend.length * (legendCols + 1));
  const lastRow = O.row + layout.height;
  const columnWidths = Array.from({ length: lastCol + 2 }, (_, col) => ({
    col,
    width: col === 0 ? 3 : CELL_COLUMN_CHARS,
  }));
  const rowHeights = [
    { row: 1, height: 21 },
    { row: LEGEND_ROW, height: 18 },
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
    columnWidths.map((c) => columnPoints(c.width)),
    rowPoints,
    merges.filter((m) => m.row === LEGEND_ROW),
    texts,
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
