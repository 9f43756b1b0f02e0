import type { WorkbookData } from "../../core/sheet";
import { nameKey } from "../../core/text";
import { tableAt } from "./importRead";
import { toSheetData } from "./readWorkbook";
import type { OfficeTable } from "./tableWrites";

/** A few sheets' values, every sheet name and every table's place: what a small write needs. */
export interface SheetsAndTables {
  readonly workbook: WorkbookData;
  readonly sheetNames: readonly string[];
  readonly tables: readonly OfficeTable[];
}

/**
 * Reads the named sheets (those that exist; matched like SPEC §3 names) and the tables'
 * addresses in two syncs: sync 1 the sheet and table names, sync 2 the used ranges and tables.
 * @param context the request context of the running `Excel.run`
 * @param names the sheets to read
 * @example const { workbook, tables } = await readSheetsAndTables(context, ["Pengaturan"]);
 */
export async function readSheetsAndTables(
  context: Excel.RequestContext,
  names: readonly string[],
): Promise<SheetsAndTables> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();
  const wanted = new Set(names.map(nameKey));
  const chosen = worksheets.items.filter((ws) => wanted.has(nameKey(ws.name)));
  const used = chosen.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("values,numberFormat,rowIndex,columnIndex");
    return range;
  });
  const places = tables.items.map((t) => {
    const range = t.getRange();
    range.load("address");
    return { name: t.name, range };
  });
  await context.sync();
  return {
    workbook: { sheets: chosen.map((ws, i) => toSheetData(ws.name, used[i])) },
    sheetNames: worksheets.items.map((ws) => ws.name),
    tables: places.flatMap(({ name, range }) => tableAt(name, range.address) ?? []),
  };
}
