import type { CellBlock } from "./types";

/** A table's place on its sheet, 0-based and inclusive (header row included). */
export interface TableBounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * The last row a table should reach once `blocks` are written: rows written directly below it
 * (in its columns, one after another with no gap) belong to it, as Excel grows a table when a
 * user types just below it. Rows further down, or beside it, do not.
 * @param table the table's bounds before the write
 * @param blocks what is written on its sheet
 * @returns the new last row (the old one when nothing was written directly below)
 * @example grownBottom({ top: 0, left: 0, bottom: 3, right: 5 }, [{ row: 4, col: 0, values: [["x"]] }]) // 4
 */
export function grownBottom(table: TableBounds, blocks: readonly CellBlock[]): number {
  const written = new Set<number>();
  for (const b of blocks) {
    const width = b.values.reduce((w, r) => Math.max(w, r.length), 0);
    if (b.col > table.right || b.col + width - 1 < table.left) continue;
    b.values.forEach((row, r) => {
      // A row of nulls in the table's columns writes nothing a user would see.
      const inside = row.some((v, c) => v !== null && b.col + c >= table.left && b.col + c <= table.right);
      if (inside) written.add(b.row + r);
    });
  }
  let bottom = table.bottom;
  while (written.has(bottom + 1)) bottom++;
  return bottom;
}
