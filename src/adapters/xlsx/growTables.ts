import type ExcelJS from "exceljs";
import { a1, parseA1 } from "../../core/a1";
import { grownBottom } from "../../core/plans/tableGrowth";
import type { CellBlock } from "../../core/plans/types";

/** The part of ExcelJS's table model that places it (`tableRef` once loaded or validated). */
interface TableModel {
  tableRef?: string;
  autoFilterRef?: string;
  ref?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
}

/**
 * Makes rows written directly below a table part of it, as Excel does when a user types there:
 * the table's range (and its filter range) reach down over them. A table with a totals row is
 * left alone (rows below its totals are not its data).
 * @param ws the sheet just written
 * @param blocks what was written on it
 * @returns the names of the tables that grew
 * @example growTables(ws, plan.blocks ?? []) // ["tbl_Program"]
 */
export function growTables(ws: ExcelJS.Worksheet, blocks: readonly CellBlock[]): string[] {
  const grown: string[] = [];
  const tables = (ws as unknown as { tables: Record<string, { table?: TableModel }> }).tables;
  for (const [name, table] of Object.entries(tables ?? {})) {
    const model = table.table;
    const ref = model?.tableRef ?? model?.ref;
    if (!model || !ref || model.totalsRow) continue;
    const [from, to] = ref.split(":").map((p) => parseA1(p));
    if (!from || !to) continue;
    const bounds = { top: from.row, left: from.col, bottom: to.row, right: to.col };
    const bottom = grownBottom(bounds, blocks);
    if (bottom === bounds.bottom) continue;
    model.tableRef = `${a1(bounds.top, bounds.left)}:${a1(bottom, bounds.right)}`;
    // The filter covers the header and the data (no totals row here).
    if (model.autoFilterRef) model.autoFilterRef = model.tableRef;
    grown.push(name);
  }
  return grown;
}
