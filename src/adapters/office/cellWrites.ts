import type { CellBlock, PlanValue } from "../../core/plans/types";
import { bytesOf, type SheetGetter, type Write } from "./writes";

/** Excel's limit on the characters of one cell. */
const MAX_CELL_TEXT = 32767;

/**
 * What to write to Excel for a plan value. Plain strings get a leading apostrophe, which
 * Excel hides and which makes it keep the text exactly: without it "=1+1" and "@x" would become
 * formulas, "-5" and "1.1" numbers, "TRUE" a boolean, "1/2" a date (SPEC §10). A cell formatted
 * as text ("@") keeps all of that as text by itself, and would keep the apostrophe in its value:
 * its text goes in as it is.
 * @example toCellInput("=SUM(A1)", false) // "'=SUM(A1)"; toCellInput({ formula: "=A1" }, false) // "=A1"
 */
function toCellInput(value: PlanValue, textCell: boolean): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "object") return value.formula;
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "boolean") return value;
  if (value === "") return "";
  const text = value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value;
  return textCell ? text : `'${text}`;
}

/**
 * The writes of one block: whole row slices, each one `range.values` (or `range.formulas` when
 * the block holds a formula) assignment, split so that no slice is over `maxBytes`.
 * Rows shorter than the widest are padded with empty cells.
 * @param isText whether the cell at (row, col) is formatted as text ("@") before the write
 */
export function blockWrites(
  sheet: SheetGetter,
  block: CellBlock,
  maxBytes: number,
  isText: (row: number, col: number) => boolean = () => false,
): Write[] {
  const width = block.values.reduce((w, row) => Math.max(w, row.length), 0);
  if (width === 0) return [];
  const hasFormula = block.values.some((row) => row.some((v) => v !== null && typeof v === "object"));
  const matrix = block.values.map((row, r) => {
    const out = row.map((v, c) => toCellInput(v, isText(block.row + r, block.col + c)));
    while (out.length < width) out.push("");
    return out;
  });

  const writes: Write[] = [];
  let start = 0;
  let size = 0;
  const flush = (end: number) => {
    if (end === start) return;
    const slice = matrix.slice(start, end);
    const top = block.row + start;
    writes.push({
      bytes: bytesOf(slice),
      queue: () => {
        const range = sheet().getRangeByIndexes(top, block.col, slice.length, width);
        if (hasFormula) range.formulas = slice;
        else range.values = slice;
      },
    });
    start = end;
    size = 0;
  };
  matrix.forEach((row, i) => {
    const rowBytes = JSON.stringify(row).length + 1;
    if (i > start && size + rowBytes > maxBytes) flush(i);
    size += rowBytes;
  });
  flush(matrix.length);
  return writes;
}
