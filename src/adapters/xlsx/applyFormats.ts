/* eslint-disable office-addins/call-sync-before-read -- ExcelJS cells, not Office.js proxies: nothing to sync. */
import type ExcelJS from "exceljs";
import type { BorderStyle, FormatPlan } from "../../core/plans/types";
import { argb, forEachCell } from "./planCells";

type Edge = "top" | "bottom" | "left" | "right";
const EDGES: readonly Edge[] = ["top", "bottom", "left", "right"];

/**
 * Applies range formats to a worksheet: number format, font, fill, alignment and borders.
 * ExcelJS shares style objects between cells loaded with the same style, so every change
 * assigns a new object instead of mutating the cell's current one.
 * @param ws the worksheet
 * @param formats the plan's formats, applied in order (later ones win)
 * @example applyFormats(ws, [{ range: { row: 0, col: 0, cols: 5 }, bold: true, fill: "#DDEBF7" }]);
 */
export function applyFormats(ws: ExcelJS.Worksheet, formats: readonly FormatPlan[]): void {
  for (const f of formats) {
    const font = fontOf(f);
    const fill = argb(f.fill);
    const alignment = alignmentOf(f);
    forEachCell(f.range, (r, c, b) => {
      const cell = ws.getCell(r, c);
      if (f.numberFormat !== undefined) cell.numFmt = f.numberFormat;
      // A font without a name is drawn in the reader's fallback (a serif in LibreOffice).
      if (font) cell.font = { name: "Calibri", ...cell.font, ...font };
      if (fill)
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill }, bgColor: { argb: fill } };
      if (alignment) cell.alignment = { ...cell.alignment, ...alignment };
      const border = bordersOf(f, r - 1 === b.top, r - 1 === b.bottom, c - 1 === b.left, c - 1 === b.right);
      if (border) cell.border = { ...cell.border, ...border };
    });
  }
}

function fontOf(f: FormatPlan): Partial<ExcelJS.Font> | undefined {
  const font: Partial<ExcelJS.Font> = {};
  if (f.bold !== undefined) font.bold = f.bold;
  if (f.italic !== undefined) font.italic = f.italic;
  if (f.underline !== undefined) font.underline = f.underline;
  if (f.fontSize !== undefined) font.size = f.fontSize;
  const color = argb(f.fontColor);
  if (color) font.color = { argb: color };
  return Object.keys(font).length > 0 ? font : undefined;
}

function alignmentOf(f: FormatPlan): Partial<ExcelJS.Alignment> | undefined {
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (f.wrap !== undefined) alignment.wrapText = f.wrap;
  if (f.hAlign !== undefined) alignment.horizontal = f.hAlign;
  if (f.vAlign !== undefined) alignment.vertical = f.vAlign;
  return Object.keys(alignment).length > 0 ? alignment : undefined;
}

/** The edges this cell gets: every edge for `border`, the range's outer edges for `outline`/`edges`. */
function bordersOf(
  f: FormatPlan,
  top: boolean,
  bottom: boolean,
  left: boolean,
  right: boolean,
): Partial<ExcelJS.Borders> | undefined {
  const outer: Record<Edge, boolean> = { top, bottom, left, right };
  const out: Partial<ExcelJS.Borders> = {};
  for (const edge of EDGES) {
    // `edges` and `outline` only touch the range's outer edges, and win over `border` there.
    const style = (outer[edge] ? (f.edges?.[edge] ?? f.outline) : undefined) ?? f.border;
    if (style) out[edge] = borderOf(style);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function borderOf(b: BorderStyle): Partial<ExcelJS.Border> {
  const color = argb(b.color);
  return color ? { style: b.style, color: { argb: color } } : { style: b.style };
}
