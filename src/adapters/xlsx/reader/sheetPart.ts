import type { RangeRef } from "../../../core/plans/types";
import type { SheetData } from "../../../core/sheet";
import { parseRef } from "./cellRef";
import { cellValue, type ValueContext } from "./cellValue";
import { MAX_ROWS } from "./limits";
import { stop } from "./refusal";
import { SheetGrid, type Budget } from "./sheetGrid";
import { inlineString, skipElement, skipSpecial } from "./sheetScan";
import { attributes, tagEnd } from "./xmlText";

/**
 * Reads one worksheet part with a hand-tight scanner over the few elements that carry values
 * (`row`, `c`, `v`, `is`, `mergeCell`); everything else is skipped without being parsed.
 * Refuses a part that ends before `</worksheet>` (truncated or lying about its size).
 * @param name the sheet's name
 * @param xml the part's text
 * @param ctx shared strings, styles and the date system
 * @param budget the limits left for this read
 * @param merges where the sheet's merged ranges are listed, when asked for
 * @example readSheetXml("Program", xml, ctx, { cells: 1e6, mergeWork: 1e6 }).values[0]
 */
export function readSheetXml(
  name: string,
  xml: string,
  ctx: ValueContext,
  budget: Budget,
  merges?: RangeRef[],
): SheetData {
  const grid = new SheetGrid(budget, merges);
  let row = -1;
  let col = -1;
  let closed = false;
  let pos = 0;
  for (;;) {
    const lt = xml.indexOf("<", pos);
    if (lt < 0) break;
    let k = lt + 1;
    let ch = xml.charCodeAt(k);
    if (ch === 33 || ch === 63) {
      pos = skipSpecial(xml, lt);
      continue;
    }
    const closing = ch === 47;
    if (closing) ch = xml.charCodeAt(++k);
    let start = k;
    while (ch > 32 && ch !== 47 && ch !== 62) {
      if (ch === 58) start = k + 1;
      ch = xml.charCodeAt(++k);
    }
    const len = k - start;
    if (closing) {
      if (len === 9 && xml.startsWith("worksheet", start)) closed = true;
      pos = xml.indexOf(">", k) + 1;
      if (pos === 0) break;
      continue;
    }
    const end = tagEnd(xml, k);
    if (end < 0) break;
    const selfClosing = xml.charCodeAt(end - 2) === 47;
    pos = end;
    const first = xml.charCodeAt(start);
    if (len === 1 && first === 99 /* c */) {
      if (selfClosing && xml.charCodeAt(end) === 60) {
        // A run of empty styled cells (most of a formatted template): skipped in one native
        // match up to its last cell, which is read as usual. Each skipped cell has a valid A1
        // reference, so reading it would only have set the position the last one sets.
        EMPTY_RUN.lastIndex = lt;
        const m = EMPTY_RUN.exec(xml);
        const last = m ? EMPTY_RUN.lastIndex - m[1]!.length : lt;
        if (last > lt) {
          pos = last;
          continue;
        }
      }
      // <c r="B3" s="2" t="s">: only r, s and t matter.
      let t = "";
      let s = 0;
      let ref = "";
      for (let a = k; a < end;) {
        const eq = xml.indexOf("=", a);
        if (eq < 0 || eq >= end) break;
        let qp = eq + 1;
        while (xml.charCodeAt(qp) <= 32) qp++;
        const vEnd = xml.indexOf(xml[qp] === "'" ? "'" : '"', qp + 1);
        if (vEnd < 0) return truncated();
        const attr = xml.slice(a, eq).trim();
        const val = xml.slice(qp + 1, vEnd);
        if (attr === "r") ref = val;
        else if (attr === "t") t = val;
        else if (attr === "s") s = parseInt(val, 10) || 0;
        a = vEnd + 1;
      }
      if (ref) [row, col] = cellPos(ref, row);
      else col++;
      if (row < 0) row = 0;
      if (selfClosing) continue;
      let v = "";
      let inline: string | null = null;
      // The cell's children up to </c>: <f>, <v>, <is>, <extLst>…
      for (;;) {
        const clt = xml.indexOf("<", pos);
        if (clt < 0) return truncated();
        if (xml.charCodeAt(clt + 1) === 47) {
          pos = xml.indexOf(">", clt) + 1;
          break;
        }
        if (xml.charCodeAt(clt + 1) === 33 || xml.charCodeAt(clt + 1) === 63) {
          pos = skipSpecial(xml, clt);
          continue;
        }
        const cEnd = tagEnd(xml, clt + 1);
        if (cEnd < 0) return truncated();
        const child = localName(xml, clt + 1);
        if (child === "v" && xml.charCodeAt(cEnd - 2) !== 47) {
          const vEnd = xml.indexOf("<", cEnd);
          if (vEnd < 0) return truncated();
          v = xml.charCodeAt(vEnd + 1) === 33 ? cdataText(xml, cEnd) : xml.slice(cEnd, vEnd);
          pos = skipElement(xml, clt, cEnd, "v");
        } else if (child === "is" && xml.charCodeAt(cEnd - 2) !== 47) {
          [inline, pos] = inlineString(xml, cEnd);
        } else {
          pos = skipElement(xml, clt, cEnd, child);
        }
      }
      const value = t === "inlineStr" ? inline : cellValue(t, v, s, ctx);
      const fmt = typeof value === "number" && s ? ctx.styles.formats[s] : undefined;
      grid.set(row, col, value === "" && t === "inlineStr" ? null : value, fmt);
    } else if (len === 3 && first === 114 /* r */ && xml.startsWith("row", start)) {
      ROW_REF.lastIndex = k;
      const r = ROW_REF.exec(xml)?.[1] ?? attributes(xml, k, end).r;
      row = r === undefined ? row + 1 : parseInt(r, 10) - 1;
      if (!(row >= 0 && row < MAX_ROWS))
        stop("invalid", `berisi baris tidak sah '${r}'`, `it has an invalid row '${r}'`);
      col = -1;
    } else if (len === 9 && xml.startsWith("mergeCell", start)) {
      const [a, b = a] = (attributes(xml, k, end).ref ?? "").split(":");
      const [r1, c1] = parseRef(a ?? "");
      const [r2, c2] = parseRef(b ?? "");
      if (r1 < 0 || r2 < 0)
        stop("invalid", "berisi rentang gabungan tidak sah", "it has an invalid merged range");
      grid.merge(r1, c1, r2, c2);
    }
  }
  if (!closed) truncated();
  return grid.done(name);
}

/** Empty styled cells with plain A1 references (column ≤ ZZ, row ≤ 999,999: always valid). */
const EMPTY_CELL = `<c r="[A-Z]{1,2}[1-9][0-9]{0,5}"(?: s="[0-9]{1,5}")?/>`;
/** After an empty cell: more of them; the last one captured. */
const EMPTY_RUN = new RegExp(`(?:${EMPTY_CELL})*(${EMPTY_CELL})`, "y");
/** A row's number when `r` is its first attribute, as every known writer puts it. */
const ROW_REF = / r="([1-9][0-9]{0,6})"/y;

function cellPos(ref: string, row: number): [number, number] {
  const [r, c] = parseRef(ref);
  return [r < 0 ? row : r, c];
}

function localName(xml: string, from: number): string {
  let k = from;
  let start = from;
  for (let ch = xml.charCodeAt(k); ch > 32 && ch !== 47 && ch !== 62; ch = xml.charCodeAt(++k)) {
    if (ch === 58) start = k + 1;
  }
  return xml.slice(start, k);
}

/** The text of a `<v>` whose content is (or holds) CDATA sections. */
function cdataText(xml: string, from: number): string {
  const close = xml.indexOf("</", from);
  if (close < 0) return truncated();
  return xml
    .slice(from, close)
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_m, text: string) =>
      text.replace(/&/g, "&amp;").replace(/</g, "&lt;"),
    );
}

function truncated(): never {
  return stop("invalid", "XML lembarnya terpotong atau rusak", "its sheet XML is truncated or damaged");
}
