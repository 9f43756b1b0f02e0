/** More cells than this in one change (a whole row or column, say) is bounded by the data first. */
const BIG = 200_000;

/** A block of cells, 0-based. */
export interface Box {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/** "B2", "B2:D5", "A:C" or "3:7" (with or without `$`, without the sheet) → 0-based box. */
export function parseBox(address: string): Box | undefined {
  const part = (address.split("!").pop() ?? "").replace(/\$/g, "").toUpperCase();
  const [a, b = a] = part.split(":");
  const start = corner(a ?? "");
  const end = corner(b ?? "");
  if (!start || !end) return undefined;
  const row = Math.min(start.row ?? 0, end.row ?? 0);
  const col = Math.min(start.col ?? 0, end.col ?? 0);
  const lastRow = start.row === undefined ? MAX_ROWS - 1 : Math.max(start.row, end.row ?? start.row);
  const lastCol = start.col === undefined ? MAX_COLS - 1 : Math.max(start.col, end.col ?? start.col);
  return { row, col, rows: lastRow - row + 1, cols: lastCol - col + 1 };
}

function corner(text: string): { row?: number; col?: number } | undefined {
  const m = /^([A-Z]{0,3})(\d{0,7})$/.exec(text);
  if (!m || (m[1] === "" && m[2] === "")) return undefined;
  const letters = m[1] ?? "";
  const col =
    letters === "" ? undefined : [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = m[2] === "" || m[2] === undefined ? undefined : Number(m[2]) - 1;
  return { row, col };
}

/** True for a whole row or column, or any change too big to read as it is. */
export function isBig(box: Box): boolean {
  return box.rows * box.cols > BIG;
}

/** A big change cut to where data is: Excel's used range or the data the caller knows, whichever reaches further. */
export function bound(
  box: Box,
  used: Excel.Range | undefined,
  known: { rows: number; cols: number } | undefined,
): Box | undefined {
  const usedRows = used && !used.isNullObject ? used.rowIndex + used.rowCount : 0;
  const usedCols = used && !used.isNullObject ? used.columnIndex + used.columnCount : 0;
  const lastRow = Math.min(box.row + box.rows, Math.max(usedRows, known?.rows ?? 0));
  const lastCol = Math.min(box.col + box.cols, Math.max(usedCols, known?.cols ?? 0));
  if (lastRow <= box.row || lastCol <= box.col) return undefined;
  return { row: box.row, col: box.col, rows: lastRow - box.row, cols: lastCol - box.col };
}
