/**
 * The shape every adapter hands the core: a sheet's cell values as a row-major 2-D array
 * starting at A1 (as Office.js `range.values` gives them), plus the number formats where known.
 *
 * Cell values are `null`/`""` (empty), numbers, strings, booleans or `Date`s. Excel error values
 * are the error text itself (`"#REF!"`), exactly as Office.js reports them.
 */
export interface SheetData {
  /** The sheet's name as the workbook spells it. */
  readonly name: string;
  /** `values[r][c]` is the cell at row r+1, column c+1. Rows may have different lengths. */
  readonly values: readonly (readonly unknown[])[];
  /** Same shape as `values` where given; missing entries mean "General". */
  readonly numberFormats?: readonly (readonly (string | undefined)[])[];
}

/** A whole workbook: its sheets in tab order. */
export interface WorkbookData {
  readonly sheets: readonly SheetData[];
}

/** A cell, 0-based. */
export interface CellPos {
  readonly row: number;
  readonly col: number;
}

/**
 * Returns the number format at (row, col), or `undefined` when unknown/General.
 * @example formatAt({ name: "Program", values: [[0.5]], numberFormats: [["0%"]] }, 0, 0) // "0%"
 */
export function formatAt(sheet: SheetData, row: number, col: number): string | undefined {
  return sheet.numberFormats?.[row]?.[col];
}
