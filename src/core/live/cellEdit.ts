/**
 * A block of cells the user changed (SPEC §14): what a worksheet's change event names, with the
 * values read back from the changed range (a typed cell, a paste, a fill, a cleared range).
 */
export interface CellEdit {
  /** The sheet's name as the workbook spells it. */
  readonly sheet: string;
  /** 0-based row and column of the block's top-left cell. */
  readonly row: number;
  readonly col: number;
  /** The block's new values, row-major (`range.values`). */
  readonly values: readonly (readonly unknown[])[];
  /** The block's number formats, same shape, where known. */
  readonly numberFormats?: readonly (readonly (string | undefined)[])[];
}

/** A sheet whose rows the live check replaces one by one (copy on write). */
export interface MutableSheet {
  readonly name: string;
  readonly values: (readonly unknown[])[];
  readonly numberFormats: (readonly (string | undefined)[])[];
}

/**
 * Writes an edit into a sheet, replacing each touched row by a changed copy (the rows the caller
 * handed in are never mutated), and gives the rows it touched.
 * @example applyEdit(sheet, { sheet: "Program", row: 3, col: 1, values: [["1.1"]] }) // [3]
 */
export function applyEdit(sheet: MutableSheet, edit: CellEdit): number[] {
  const rows: number[] = [];
  edit.values.forEach((cells, i) => {
    const r = edit.row + i;
    const values = [...(sheet.values[r] ?? [])];
    const formats = [...(sheet.numberFormats[r] ?? [])];
    const newFormats = edit.numberFormats?.[i];
    cells.forEach((v, j) => {
      values[edit.col + j] = v;
      formats[edit.col + j] = newFormats?.[j];
    });
    // Rows between the old end and this one stay holes, as a reader gives them.
    sheet.values[r] = values;
    sheet.numberFormats[r] = formats;
    rows.push(r);
  });
  return rows;
}
