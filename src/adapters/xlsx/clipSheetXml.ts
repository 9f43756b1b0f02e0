/**
 * Defuses a worksheet's XML before ExcelJS expands it (issue 8 §5): ExcelJS makes one object per
 * cell of every merge and of every data validation range, so `<mergeCell ref="H1:XFD1048576"/>`
 * or a list over the whole sheet costs gigabytes. Ranges up to {@link SMALL_AREA} cells are kept
 * as they are (a title merged over empty columns is ordinary formatting); larger ones are clipped
 * to the sheet's used range (every cell the file stores, styled blanks included), and dropped
 * when nothing of them is left or they would still cover more than {@link MAX_EXPANDED} cells
 * together; so is a large `<dimension>`. Self-closing empty rows
 * (format only) are dropped when there are more than {@link MAX_EMPTY_ROWS} of them.
 * @param xml a worksheet part
 * @returns the clipped XML, or undefined when nothing needed clipping
 * @example clipSheetXml('<worksheet>…<c r="A1"…<mergeCell ref="A1:XFD1048576"/>…') // without that mergeCell
 */
export function clipSheetXml(xml: string): string | undefined {
  const used = usedRange(xml);
  let changed = false;
  let budget = MAX_EXPANDED;
  const clip = (ref: string): string | undefined => {
    const r = parseRange(ref);
    if (!r || area(r) <= SMALL_AREA) return ref;
    changed = true;
    const c = {
      top: r.top,
      left: r.left,
      bottom: Math.min(r.bottom, used.bottom),
      right: Math.min(r.right, used.right),
    };
    if (c.bottom < c.top || c.right < c.left) return undefined;
    // A cell far out (XFD1048576) makes the used range the whole sheet: what is still too big goes.
    budget -= area(c);
    return budget < 0 ? undefined : formatRange(c);
  };
  let out = xml.replace(/<mergeCell\b[^>]*?\bref="([^"]*)"[^>]*\/>/g, (whole, ref: string) => {
    const c = clip(ref);
    const r = c && parseRange(c);
    return r && area(r) > 1 ? whole.replace(ref, c) : c === ref ? whole : "";
  });
  for (const tag of ["dataValidation", "conditionalFormatting"]) {
    const element = new RegExp(
      `<${tag}\\b([^>]*?)\\bsqref="([^"]*)"([^>]*)(\\/>|>[\\s\\S]*?<\\/${tag}>)`,
      "g",
    );
    out = out.replace(element, (whole, _a: string, sqref: string) => {
      const kept = sqref
        .split(/\s+/)
        .filter((s) => s !== "")
        .map(clip)
        .filter((s): s is string => s !== undefined);
      if (kept.join(" ") === sqref.trim()) return whole;
      return kept.length === 0 ? "" : whole.replace(`sqref="${sqref}"`, `sqref="${kept.join(" ")}"`);
    });
  }
  out = out.replace(/<dimension\b[^>]*?\bref="([^"]*)"/, (whole, ref: string) => {
    const c = clip(ref);
    return c === ref ? whole : whole.replace(`ref="${ref}"`, `ref="${c ?? "A1"}"`);
  });
  const emptyRows = out.match(/<row\b[^>]*\/>/g)?.length ?? 0;
  if (emptyRows > MAX_EMPTY_ROWS) {
    changed = true;
    out = out.replace(/<row\b[^>]*\/>/g, "");
  }
  if (!changed) return undefined;
  // Elements left without children would be invalid: drop them.
  out = out.replace(/<(mergeCells|dataValidations)\b[^>]*>\s*<\/\1>/g, "");
  out = out.replace(/<mergeCells\b([^>]*?)\bcount="\d+"/, (_w, a: string) => {
    const n = out.match(/<mergeCell\b/g)?.length ?? 0;
    return `<mergeCells${a}count="${n}"`;
  });
  return out.replace(/<dataValidations\b([^>]*?)\bcount="\d+"/, (_w, a: string) => {
    const n = out.match(/<dataValidation\b/g)?.length ?? 0;
    return `<dataValidations${a}count="${n}"`;
  });
}

/** Ranges up to this many cells are never clipped. */
export const SMALL_AREA = 10_000;

/** Cells the clipped large ranges of one sheet may still cover together; beyond, they are dropped. */
export const MAX_EXPANDED = 1_000_000;

/** More self-closing empty rows than this are dropped (an empty-row bomb). */
export const MAX_EMPTY_ROWS = 10_000;

interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function usedRange(xml: string): Box {
  let bottom = 1;
  let right = 1;
  for (const m of xml.matchAll(/<c\b[^>]*?\sr="([A-Z]{1,3})(\d{1,7})"/g)) {
    const col = colNumber(m[1]!);
    const row = Number(m[2]);
    if (row > bottom) bottom = row;
    if (col > right) right = col;
  }
  return { top: 1, left: 1, bottom, right };
}

function parseRange(ref: string): Box | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/.exec(ref);
  if (!m) return undefined;
  const a = { row: Number(m[2]), col: colNumber(m[1]!) };
  const b = m[3] ? { row: Number(m[4]), col: colNumber(m[3]) } : a;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

function area(b: Box): number {
  return (b.bottom - b.top + 1) * (b.right - b.left + 1);
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function colLetters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function formatRange(b: Box): string {
  const a = `${colLetters(b.left)}${b.top}`;
  const z = `${colLetters(b.right)}${b.bottom}`;
  return a === z ? a : `${a}:${z}`;
}
