import type { RangeRef } from "../../plans/types";
import { cellText } from "../../text";
import { classifyHeader } from "./classifyHeader";

/** The part of a sheet the import looks at (0-based, inclusive). */
export interface Window {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** Where the header is and what each column's header says. */
export interface HeaderInfo {
  /** Header rows (0-based), top to bottom, numbering row excluded. */
  readonly rows: readonly number[];
  readonly numberingRow?: number;
  /** First row below the header (and numbering/sub-header rows). */
  readonly dataStart: number;
  /** `paths[col]`: the column's header texts top to bottom, merged cells filled, empties dropped. */
  readonly paths: readonly (readonly string[])[];
}

/** How many rows the header may start below the window's top (title rows), per SPEC §6. */
const SEARCH_ROWS = 15;
const MAX_HEADER_ROWS = 5;
/** Short words that only appear as sub-headers: K/%/Rp, quarters, Target/Realisasi. */
const SUB_TOKEN =
  /^(k|%|rp\.?|i|ii|iii|iv|tw ?[1-4]|tahun( ke)? ?-?\d{1,2}|awal|akhir|triwulan ?[1-4i]+|target|realisasi|t|r|fisik|keuangan|kinerja|anggaran|capaian)$/i;

const text = (values: readonly (readonly unknown[])[], r: number, c: number): string =>
  cellText(values[r]?.[c]);
const isYear = (t: string): boolean => /^(19|20|21)\d\d$/.test(t);
/** `Tahun 2026`, `TA 2026`, `Prakiraan Maju Tahun 2027`: a short title naming one year. */
const yearTitle = (t: string): boolean =>
  /\b(19|20|21)\d\d\b/.test(t) && t.split(" ").length <= 5 && (t.match(/\d+/g) ?? []).length === 1;
const isNumeric = (t: string): boolean => /^[+-]?[\d.,]+%?$/.test(t);

/**
 * Finds a pasted template's header: the row in the first 15 that names the most known columns,
 * the header-like rows around it (merged group titles above, `2025 | 2026`, `I | II`, `K | % | Rp`
 * below, up to 5 rows), and a numbering row (`1 2 3 …`, `13 = 9 + 10`) between header and data.
 * Merged header cells (a "Target" over its years) are filled from `merges` when given, and
 * otherwise inferred: an empty header cell right of a title that has sub-headers takes that title.
 * @param values the sheet's values from A1
 * @param win the part to look at
 * @param merges merged areas, when the host can give them
 * @returns the header, or undefined when no row names two known columns
 * @example detectHeader([["Kode", "Indikator"], ["1", "x"]], { top: 0, bottom: 1, left: 0, right: 1 })?.dataStart // 1
 */
export function detectHeader(
  values: readonly (readonly unknown[])[],
  win: Window,
  merges: readonly RangeRef[] = [],
): HeaderInfo | undefined {
  const cols = range(win.left, win.right);
  const cells = (r: number) => cols.map((c) => text(values, r, c)).filter((t) => t !== "");
  const score = (r: number) =>
    cells(r).filter((t) => t.length <= 160 && !isNumeric(t) && classifyHeader([t]).confidence >= 0.5).length;
  let best = -1;
  let bestScore = 1;
  for (let r = win.top; r <= Math.min(win.bottom, win.top + SEARCH_ROWS - 1); r++) {
    const s = score(r);
    if (s > bestScore) [best, bestScore] = [r, s];
  }
  if (best < 0) return undefined;
  const headerLike = (r: number) => {
    const cs = cells(r);
    if (cs.length === 0 || cs.some((t) => t.length > 60 || (isNumeric(t) && !isYear(t)))) return false;
    const known = cs.filter(
      (t) => SUB_TOKEN.test(t) || isYear(t) || yearTitle(t) || classifyHeader([t]).confidence >= 0.5,
    );
    return known.length / cs.length >= 0.6;
  };
  const rows = [best];
  for (
    let r = best - 1;
    r >= win.top && best - r < MAX_HEADER_ROWS && cells(r).length >= 2 && headerLike(r);
    r--
  ) {
    rows.unshift(r);
  }
  let numberingRow: number | undefined;
  let r = best + 1;
  for (; r <= win.bottom && rows.length < MAX_HEADER_ROWS; r++) {
    if (cells(r).length === 0) continue;
    if (numberingRow === undefined && isNumbering(cells(r))) numberingRow = r;
    else if (headerLike(r)) rows.push(r);
    else break;
  }
  return {
    rows,
    ...(numberingRow !== undefined ? { numberingRow } : {}),
    dataStart: r,
    paths: paths(values, rows, win, merges),
  };
}

/** `1 2 3 …` or `13 = 9 + 10 + 11 + 12`: integers rising left to right, at least three. */
export function isNumbering(cells: readonly string[]): boolean {
  if (cells.length < 3) return false;
  let last = -Infinity;
  for (const t of cells) {
    const m = /^(\d{1,3})(\s*=.*)?$/.exec(t);
    if (!m) return false;
    const n = Number(m[1]);
    if (n <= last) return false;
    last = n;
  }
  return true;
}

function paths(
  values: readonly (readonly unknown[])[],
  rows: readonly number[],
  win: Window,
  merges: readonly RangeRef[],
): string[][] {
  const grid = rows.map((r) => range(0, win.right).map((c) => (c < win.left ? "" : text(values, r, c))));
  const origin = grid.map((row) => row.map((t, c) => (t === "" ? -1 : c)));
  for (const m of merges) {
    const source = text(values, m.row, m.col);
    rows.forEach((r, i) => {
      if (r < m.row || r >= m.row + (m.rows ?? 1)) return;
      for (let c = m.col; c < m.col + (m.cols ?? 1) && c <= win.right; c++) {
        if (grid[i]![c] === "" && c >= win.left) [grid[i]![c], origin[i]![c]] = [source, m.col];
      }
    });
  }
  const below = (i: number, c: number) => grid.slice(i + 1).some((row) => row[c] !== "");
  for (let i = 0; i < grid.length - 1; i++) {
    for (let c = win.left + 1; c <= win.right; c++) {
      const from = origin[i]![c - 1]!;
      // A span never crosses the start of another title in a row above it.
      const sameAbove = origin.slice(0, i).every((o) => o[c] === o[c - 1]);
      if (grid[i]![c] === "" && from >= 0 && sameAbove && below(i, c) && below(i, from)) {
        grid[i]![c] = grid[i]![c - 1]!;
        origin[i]![c] = from;
      }
    }
  }
  return range(0, win.right).map((c) => {
    const out: string[] = [];
    for (const row of grid) if (row[c] !== "" && out[out.length - 1] !== row[c]) out.push(row[c]!);
    return out;
  });
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
