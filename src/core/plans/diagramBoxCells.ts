import { LINE_COLOR, sectionFill, SEPARATOR } from "../layout/colors";
import type { DiagramLayout } from "../layout/layoutDiagram";
import { CELL_FONT_SIZE } from "../layout/metrics";
import { elbowBorders } from "./cellConnectors";
import type { CellBlock, FormatPlan, RangeRef } from "./types";

/**
 * The boxes of a diagram laid out in cells, and their connectors: each box is a stack of
 * merged, filled, wrapped ranges (the Uraian, then one per indicator, then its capaian coloured
 * by predikat) with a medium outline; a connector is an elbow of cell borders (elbowBorders).
 * @param layout the diagram's layout, in cells
 * @param origin the sheet cell of the layout's (0, 0)
 * @returns the text blocks, merged ranges and formats, box by box in the layout's order
 * @example diagramBoxCells(layout, { row: 5, col: 1 }).merges.length
 */
export function diagramBoxCells(
  layout: DiagramLayout,
  origin: { readonly row: number; readonly col: number },
): { blocks: CellBlock[]; merges: RangeRef[]; formats: FormatPlan[] } {
  const O = origin;
  const line = { style: "medium" as const, color: LINE_COLOR };
  const blocks: CellBlock[] = [];
  const merges: RangeRef[] = [];
  const formats: FormatPlan[] = [];
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
  return { blocks, merges, formats };
}
