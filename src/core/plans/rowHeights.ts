/**
 * Row heights estimated from the text of wrapped cells. Neither Excel nor LibreOffice fits a
 * row to its text when it opens a written file (and never to a merged cell's text), so without
 * these a long Uraian overlaps the rows below it on screen and on paper.
 */

/** Excel's default row height (Calibri 11), in points: no estimate goes below it. */
export const DEFAULT_ROW_HEIGHT = 15;
/** Excel's tallest row, in points. */
export const MAX_ROW_HEIGHT = 409;
/** Excel's default column width, in characters. */
const DEFAULT_COLUMN_WIDTH = 8.43;
const BASE_FONT = 11;
/**
 * Characters of 11-pt text per unit of column width. Measured on the sample's Uraian and
 * Indikator texts printed by LibreOffice with DejaVu Sans (1.07–1.12 with word wrap); DejaVu is
 * wider than Calibri, so Excel gets a line to spare rather than one too few.
 */
const CHARS_PER_UNIT = 1.05;
/** Bold text is about a tenth wider. */
const BOLD_WIDTH = 1.1;
/** Pitch of each further line as a multiple of the font size (LibreOffice prints 1.16, Excel 1.3). */
const LINE_PITCH = 1.3;

/** The text of one wrapped cell, or of a merged range when `rows`/`cols` are given. 0-based. */
export interface TextCell {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly rows?: number;
  readonly cols?: number;
  /** Points; default 11. */
  readonly fontSize?: number;
  readonly bold?: boolean;
}

/**
 * How many lines a text takes wrapped in a column: words go on a line while they fit, a word
 * longer than a line is broken, and every line break starts a new paragraph.
 * @param text the cell's text
 * @param width the column width in characters (Excel's unit)
 * @param fontSize the font size in points
 * @param bold whether the text is bold
 * @returns the number of lines, at least 1
 * @example wrappedLines("Persentase penurunan Pemerlu Pelayanan Kesejahteraan Sosial", 20) // 3
 */
export function wrappedLines(text: string, width: number, fontSize = BASE_FONT, bold = false): number {
  const perLine = (width * CHARS_PER_UNIT * BASE_FONT) / Math.max(1, fontSize) / (bold ? BOLD_WIDTH : 1);
  const capacity = Math.max(1, Math.floor(perLine));
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(/\s+/)) {
      if (word === "") continue;
      if (used > 0 && used + 1 + word.length <= capacity) {
        used += 1 + word.length;
        continue;
      }
      if (used > 0) lines++;
      // A word longer than a line is broken wherever the line ends.
      lines += Math.ceil(word.length / capacity) - 1;
      used = word.length - (Math.ceil(word.length / capacity) - 1) * capacity;
    }
  }
  return Math.max(1, lines);
}

/**
 * The height a number of lines needs, in points: the first line what Excel gives a row of one
 * line at that size (15 pt at 11 pt), each further line a line pitch.
 * @param lines the number of lines
 * @param fontSize the font size in points
 * @returns the height in points
 * @example textHeight(2, 11) // 29.3
 */
export function textHeight(lines: number, fontSize = BASE_FONT): number {
  return (DEFAULT_ROW_HEIGHT * fontSize) / BASE_FONT + (lines - 1) * fontSize * LINE_PITCH;
}

/**
 * Row heights that show every cell's whole text. A row gets the height of its tallest cell; a
 * cell merged over several rows is spread over them: when its rows (as their own cells make
 * them) are together too short, each gets an equal share of what is missing. Smaller merges
 * are settled first, so a parent merged over its children's rows only adds what they lack.
 * @param cells the wrapped cells, merged ones with their size
 * @param widths column widths in characters by 0-based column (missing: Excel's default)
 * @returns only the rows taller than the default height, by row, heights rounded up to 0.25 pt
 *   and at most Excel's maximum
 * @example estimateRowHeights([{ row: 6, col: 2, text: "…a long Uraian…" }], [5, 14, 40]) // [{ row: 6, height: 29.5 }]
 */
export function estimateRowHeights(
  cells: readonly TextCell[],
  widths: readonly (number | undefined)[],
): { row: number; height: number }[] {
  const heights = new Map<number, number>();
  const get = (row: number) => heights.get(row) ?? DEFAULT_ROW_HEIGHT;
  const needed = (cell: TextCell) => {
    let width = 0;
    for (let c = cell.col; c < cell.col + Math.max(1, cell.cols ?? 1); c++)
      width += widths[c] ?? DEFAULT_COLUMN_WIDTH;
    const size = cell.fontSize ?? BASE_FONT;
    return textHeight(wrappedLines(cell.text, width, size, cell.bold), size);
  };
  const merged: TextCell[] = [];
  for (const cell of cells) {
    if (cell.text.trim() === "") continue;
    if ((cell.rows ?? 1) > 1) merged.push(cell);
    else heights.set(cell.row, Math.max(get(cell.row), needed(cell)));
  }
  merged.sort((a, b) => (a.rows ?? 1) - (b.rows ?? 1));
  for (const cell of merged) {
    const span = cell.rows ?? 1;
    let have = 0;
    for (let r = cell.row; r < cell.row + span; r++) have += get(r);
    const missing = needed(cell) - have;
    if (missing <= 0) continue;
    for (let r = cell.row; r < cell.row + span; r++) heights.set(r, get(r) + missing / span);
  }
  return [...heights]
    .filter(([, h]) => h > DEFAULT_ROW_HEIGHT)
    .sort(([a], [b]) => a - b)
    .map(([row, h]) => ({ row, height: Math.min(MAX_ROW_HEIGHT, Math.ceil(h * 4) / 4) }));
}
