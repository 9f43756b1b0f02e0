import { PREDIKAT_BANDS } from "../capaian/predikat";
import { LINE_COLOR, levelFill, PREDIKAT_FILLS, SEPARATOR } from "../layout/colors";
import { diagramSelection, type DiagramOptions } from "../layout/diagramSelection";
import { layoutDiagram } from "../layout/layoutDiagram";
import {
  CELL_COLUMN_CHARS,
  CELL_COLUMN_POINTS,
  CELL_FONT_SIZE,
  CELL_GAPS,
  CELL_METRICS,
  CELL_ROW_POINTS,
} from "../layout/metrics";
import type { Model } from "../model/buildModel";
import { elbowBorders } from "./cellConnectors";
import { diagramTitle, legendEntries } from "./diagramTitle";
import { generatedNote } from "./generatedNote";
import type { CellBlock, FormatPlan, RangeRef, SheetPlan } from "./types";

/** The diagram sheet's name (SPEC §3.3). */
export const DIAGRAM_SHEET = "Pohon Kinerja";

/** Where the layout's (0, 0) sits: below the generated line, the title and the legend. */
export const DIAGRAM_ORIGIN = { row: 5, col: 1 } as const;

const LEGEND_ROW = 3;
/** About 2.5 landscape A4 pages of printable width. */
const FIT_LIMIT_POINTS = 1900;
const LEGEND_COLS = 12;

/**
 * Plans the `Pohon Kinerja` sheet drawn in cells (SPEC §5), for hosts without shapes and for
 * every .xlsx the command line writes: each box is a stack of merged, filled, wrapped cell
 * ranges (the Uraian, then one per indicator, then its capaian coloured by predikat) with a
 * medium outline; connectors are elbow lines drawn with cell borders. Narrow columns and one
 * text line per row make the grid; gridlines are off and the sheet prints landscape.
 * @param model the pohon kinerja
 * @param options year, orientation, root, depth, language, time stamp
 * @returns a `replace` sheet plan; workbook text is written as plain text
 * @example diagramCellsPlan(model, { orientation: "down", lang: "id", generatedAt: new Date() }).name // "Pohon Kinerja"
 */
export function diagramCellsPlan(model: Model, options: DiagramOptions): SheetPlan {
  const { lang } = options;
  const selection = diagramSelection(model, options);
  const layout = layoutDiagram(
    selection.roots ?? [],
    CELL_METRICS,
    options.orientation,
    CELL_GAPS[options.orientation],
  );
  const O = DIAGRAM_ORIGIN;
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

  const shownLevels = [...new Set(layout.boxes.map((b) => b.box.level))].sort((a, b) => a - b);
  const hasCapaian = layout.boxes.some((b) => b.sections.some((s) => s.kind === "capaian"));
  const legend = legendEntries(
    model,
    shownLevels,
    hasCapaian ? PREDIKAT_BANDS.map((b) => b.predikat) : [],
    lang,
  );
  legend.forEach((entry, i) => {
    const at = { row: LEGEND_ROW, col: 1 + i * (LEGEND_COLS + 1), cols: LEGEND_COLS };
    blocks.push({ row: at.row, col: at.col, values: [[entry.text]] });
    merges.push(at);
    formats.push({
      range: at,
      fill: entry.fill,
      fontSize: 9,
      hAlign: "center",
      vAlign: "middle",
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
        fill: s.kind === "capaian" && s.predikat ? PREDIKAT_FILLS[s.predikat] : levelFill(placed.box.level),
        fontColor: "#000000",
        fontSize: s.kind === "capaian" ? CELL_FONT_SIZE - 1 : CELL_FONT_SIZE,
        bold: s.kind === "uraian",
        wrap: true,
        hAlign: s.kind === "uraian" ? "center" : "left",
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

  const lastCol = Math.max(O.col + layout.width, 1 + legend.length * (LEGEND_COLS + 1));
  const lastRow = O.row + layout.height;
  return {
    name: DIAGRAM_SHEET,
    mode: "replace",
    tabColor: "#1F4E79",
    showGridlines: false,
    blocks,
    formats,
    merges,
    columnWidths: Array.from({ length: lastCol + 2 }, (_, col) => ({
      col,
      width: col === 0 ? 3 : CELL_COLUMN_CHARS,
    })),
    rowHeights: [
      { row: 1, height: 21 },
      { row: LEGEND_ROW, height: 18 },
      ...Array.from({ length: lastRow - O.row + 1 }, (_, i) => ({ row: O.row + i, height: CELL_ROW_POINTS })),
    ],
    // Fit to one page wide only while the text stays readable (scale ≥ ~40 %); a wider tree
    // prints at full size over several pages, which reviewers tape together.
    print: {
      landscape: true,
      fitToWidth: layout.width * CELL_COLUMN_POINTS <= FIT_LIMIT_POINTS,
      header: diagramTitle(model, options),
    },
  };
}
