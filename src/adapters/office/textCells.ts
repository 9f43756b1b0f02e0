import { nameKey } from "../../core/text";

/**
 * The cells formatted as text ("@") when a workbook was read. Excel keeps a written leading
 * apostrophe as part of such a cell's value (it is a prefix only in other cells), and a text
 * cell keeps whatever is written as text anyway: so text goes into these cells as it is.
 */
export interface TextCells {
  has(sheet: string, row: number, col: number): boolean;
}

/** No cell known as text: every text is written with its apostrophe. */
export const NO_TEXT_CELLS: TextCells = { has: () => false };

const COLS = 16384;

/**
 * The text cells of each sheet from its full used range (`getUsedRangeOrNullObject()`, which
 * takes in formatted empty rows below the data: where appended rows land), loaded with
 * `numberFormat,rowIndex,columnIndex`.
 * @example textCellsOf([{ sheet: "Program", range }]).has("Program", 1, 0) // true when A2 is "@"
 */
export function textCellsOf(read: readonly { sheet: string; range: Excel.Range }[]): TextCells {
  const bySheet = new Map<string, Set<number>>();
  for (const { sheet, range } of read) {
    if (range.isNullObject) continue;
    const cells = new Set<number>();
    range.numberFormat.forEach((row, r) =>
      row.forEach((format, c) => {
        if (format === "@") cells.add((range.rowIndex + r) * COLS + range.columnIndex + c);
      }),
    );
    if (cells.size > 0) bySheet.set(nameKey(sheet), cells);
  }
  return { has: (sheet, row, col) => bySheet.get(nameKey(sheet))?.has(row * COLS + col) ?? false };
}
