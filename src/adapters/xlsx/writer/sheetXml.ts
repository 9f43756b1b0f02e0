import { a1, columnLetters } from "../../../core/a1";
import type { FormatPlan, PlanValue, ScalePlan, SheetPlan } from "../../../core/plans/types";
import { argb, bounds, rangeAddress } from "../planCells";
import type { SharedStrings } from "./sharedStrings";
import type { CellStyle, StyleTable } from "./styleTable";
import { mergeCellsXml, printXml, sheetPrXml, validationsXml } from "./sheetExtras";
import { xmlText } from "./xmlText";

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/**
 * One sheet of a plan as `xl/worksheets/sheetN.xml`: values (a plain string is always a shared
 * string, never a formula), styles, column widths, row heights, frozen panes, tab colour and
 * colour scales / data bars. The caller refuses plans with anything else.
 * @param plan the sheet (mode `replace` or `create`: it is written new)
 * @param strings the workbook's shared strings
 * @param styles the workbook's styles
 * @param selected whether this is the active sheet
 * @returns the part's text
 * @example sheetXml({ name: "A", mode: "replace", blocks: [{ row: 0, col: 0, values: [["x"]] }] }, ss, st, true)
 */
export function sheetXml(
  plan: SheetPlan,
  strings: SharedStrings,
  styles: StyleTable,
  selected: boolean,
): string {
  const grid: (PlanValue[] | undefined)[] = [];
  for (const block of plan.blocks ?? []) {
    block.values.forEach((vals, i) => {
      const row = (grid[block.row + i] ??= []);
      vals.forEach((v, j) => (row[block.col + j] = v));
    });
  }
  const formats = (plan.formats ?? []).map((f) => ({ f, b: bounds(f.range) }));
  const heights = new Map((plan.rowHeights ?? []).map((h) => [h.row, h.height]));
  const lastRow = Math.max(grid.length - 1, ...formats.map(({ b }) => b.bottom), ...heights.keys());
  const out: string[] = [];
  const cache = new Map<string, number>();
  const letters: string[] = [];
  for (let r = 0; r <= lastRow; r++) {
    const values = grid[r];
    const here = formats.filter(({ b }) => b.top <= r && r <= b.bottom);
    const height = heights.get(r);
    if (!values && here.length === 0 && height === undefined) continue;
    const cells: string[] = [];
    const width = Math.max(values?.length ?? 0, ...here.map(({ b }) => b.right + 1));
    for (let c = 0; c < width; c++) {
      const on = here.filter(({ b }) => b.left <= c && c <= b.right);
      const s =
        on.length === 0
          ? 0
          : styleOf(
              on.map((x) => x.f),
              styles,
              cache,
            );
      const cell = cellXml(`${(letters[c] ??= columnLetters(c))}${r + 1}`, values?.[c], s, strings);
      if (cell) cells.push(cell);
    }
    const ht = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
    out.push(`<row r="${r + 1}"${ht}>${cells.join("")}</row>`);
  }
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<worksheet ${NS}>`,
    sheetPrXml(plan, argb(plan.tabColor)),
    sheetView(plan, selected),
    '<sheetFormatPr defaultRowHeight="15"/>',
    colsXml(plan),
    `<sheetData>${out.join("")}</sheetData>`,
    mergeCellsXml(plan),
    (plan.scales ?? []).map((scale, i) => scaleXml(scale, i + 1)).join(""),
    validationsXml(plan),
    printXml(plan),
    plan.table ? '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>' : "",
    "</worksheet>",
  ].join("");
}

/** The style of a cell several formats cover: later formats win, field by field. */
function styleOf(on: readonly FormatPlan[], styles: StyleTable, cache: Map<string, number>): number {
  const key = JSON.stringify(on.map(({ range: _, ...rest }) => rest));
  let s = cache.get(key);
  if (s === undefined) {
    const merged: CellStyle = Object.assign({}, ...on.map(({ range: _, ...rest }) => rest)) as CellStyle;
    cache.set(key, (s = styles.index(merged)));
  }
  return s;
}

function cellXml(ref: string, v: PlanValue | undefined, s: number, strings: SharedStrings): string {
  const style = s ? ` s="${s}"` : "";
  if (v === null || v === undefined || v === "") return s ? `<c r="${ref}"${style}/>` : "";
  if (typeof v === "string") return `<c r="${ref}"${style} t="s"><v>${strings.index(v)}</v></c>`;
  if (typeof v === "number")
    return Number.isFinite(v) ? `<c r="${ref}"${style}><v>${v}</v></c>` : `<c r="${ref}"${style}/>`;
  if (typeof v === "boolean") return `<c r="${ref}"${style} t="b"><v>${v ? 1 : 0}</v></c>`;
  const f = `<f>${xmlText(v.formula.replace(/^=/, ""))}</f>`;
  const r = v.result;
  if (typeof r === "number" && Number.isFinite(r)) return `<c r="${ref}"${style}>${f}<v>${r}</v></c>`;
  if (typeof r === "boolean") return `<c r="${ref}"${style} t="b">${f}<v>${r ? 1 : 0}</v></c>`;
  if (typeof r === "string") return `<c r="${ref}"${style} t="str">${f}<v>${xmlText(r)}</v></c>`;
  return `<c r="${ref}"${style}>${f}</c>`;
}

function sheetView(plan: SheetPlan, selected: boolean): string {
  const tab = selected ? ' tabSelected="1"' : "";
  const ys = plan.freeze?.rows ?? 0;
  const xs = plan.freeze?.cols ?? 0;
  if (ys <= 0 && xs <= 0) return `<sheetViews><sheetView workbookViewId="0"${tab}/></sheetViews>`;
  const pane = ys > 0 && xs > 0 ? "bottomRight" : ys > 0 ? "bottomLeft" : "topRight";
  const split = `${xs > 0 ? ` xSplit="${xs}"` : ""}${ys > 0 ? ` ySplit="${ys}"` : ""}`;
  return (
    `<sheetViews><sheetView workbookViewId="0"${tab}>` +
    `<pane${split} topLeftCell="${a1(ys, xs)}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${a1(ys, xs)}" sqref="${a1(ys, xs)}"/>` +
    "</sheetView></sheetViews>"
  );
}

function colsXml(plan: SheetPlan): string {
  const widths = [...(plan.columnWidths ?? [])].sort((a, b) => a.col - b.col);
  if (widths.length === 0) return "";
  const cols = widths.map(
    ({ col, width }) => `<col min="${col + 1}" max="${col + 1}" width="${width}" customWidth="1"/>`,
  );
  return `<cols>${cols.join("")}</cols>`;
}

function scaleXml(scale: ScalePlan, priority: number): string {
  const ref = rangeAddress(scale.range);
  const bar = argb(scale.bar);
  if (bar)
    return (
      `<conditionalFormatting sqref="${ref}"><cfRule type="dataBar" priority="${priority}">` +
      `<dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="${bar}"/></dataBar></cfRule></conditionalFormatting>`
    );
  const [low, mid, high] = [scale.low, scale.mid, scale.high].map(argb);
  if (!low || !high) return "";
  const cfvo = mid
    ? '<cfvo type="min"/><cfvo type="percentile" val="50"/><cfvo type="max"/>'
    : '<cfvo type="min"/><cfvo type="max"/>';
  const colors = (mid ? [low, mid, high] : [low, high]).map((c) => `<color rgb="${c}"/>`).join("");
  return (
    `<conditionalFormatting sqref="${ref}"><cfRule type="colorScale" priority="${priority}">` +
    `<colorScale>${cfvo}${colors}</colorScale></cfRule></conditionalFormatting>`
  );
}
