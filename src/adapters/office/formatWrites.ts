import type { BorderStyle, FormatPlan } from "../../core/plans/types";
import { bytesOf, rangeOf, type SheetGetter, type Write } from "./writes";

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGE = { top: "EdgeTop", bottom: "EdgeBottom", left: "EdgeLeft", right: "EdgeRight" } as const;

/**
 * The write of one format: every property of the plan set on the whole range at once.
 * A number format is sent as a full 2-D array, the one shape every Excel version accepts.
 */
export function formatWrite(sheet: SheetGetter, f: FormatPlan): Write {
  const rows = f.range.rows ?? 1;
  const cols = f.range.cols ?? 1;
  const numberFormat =
    f.numberFormat === undefined
      ? undefined
      : Array.from({ length: rows }, () => new Array<string>(cols).fill(f.numberFormat ?? "General"));
  return {
    bytes: bytesOf(numberFormat ?? 0) + 300,
    queue: () => {
      const range = rangeOf(sheet(), f.range);
      if (numberFormat) range.numberFormat = numberFormat;
      const format = range.format;
      if (f.bold !== undefined) format.font.bold = f.bold;
      if (f.italic !== undefined) format.font.italic = f.italic;
      if (f.underline !== undefined) format.font.underline = f.underline ? "Single" : "None";
      if (f.fontSize !== undefined) format.font.size = f.fontSize;
      if (f.fontColor !== undefined) format.font.color = f.fontColor;
      if (f.fill !== undefined) format.fill.color = f.fill;
      if (f.wrap !== undefined) format.wrapText = f.wrap;
      if (f.hAlign !== undefined) format.horizontalAlignment = H_ALIGN[f.hAlign];
      if (f.vAlign !== undefined) format.verticalAlignment = V_ALIGN[f.vAlign];
      for (const [edge, style] of borderEdges(f, rows, cols)) setBorder(format.borders.getItem(edge), style);
    },
  };
}

type Edge =
  | Excel.BorderIndex
  | "EdgeTop"
  | "EdgeBottom"
  | "EdgeLeft"
  | "EdgeRight"
  | "InsideVertical"
  | "InsideHorizontal";

/** Which edges get which style: `border` on every edge, then `outline`, then `edges`. */
function borderEdges(f: FormatPlan, rows: number, cols: number): [Edge, BorderStyle][] {
  const out = new Map<Edge, BorderStyle>();
  const outline = (style: BorderStyle) => Object.values(EDGE).forEach((e) => out.set(e, style));
  if (f.border) {
    outline(f.border);
    // Inside borders of a single row or column do not exist: Excel rejects them.
    if (cols > 1) out.set("InsideVertical", f.border);
    if (rows > 1) out.set("InsideHorizontal", f.border);
  }
  if (f.outline) outline(f.outline);
  for (const [side, style] of Object.entries(f.edges ?? {})) {
    if (style) out.set(EDGE[side as keyof typeof EDGE], style);
  }
  return [...out];
}

function setBorder(border: Excel.RangeBorder, style: BorderStyle): void {
  border.style = style.style === "dashed" ? "Dash" : "Continuous";
  border.weight = style.style === "medium" ? "Medium" : style.style === "thick" ? "Thick" : "Thin";
  if (style.color) border.color = style.color;
}
