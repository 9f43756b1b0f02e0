import type { SheetData, WorkbookData } from "../../core/sheet";
import { isGeneratedSheet } from "../../core/sheets";
import { nameKey } from "../../core/text";

/** What a read gives: the sheets the core needs, and every sheet name of the workbook. */
export interface OfficeWorkbookRead {
  readonly workbook: WorkbookData;
  /** Every sheet of the workbook, in tab order (for plans that replace or create sheets). */
  readonly sheetNames: readonly string[];
}

/**
 * Reads the workbook for the core in exactly two syncs, whatever its size: sync 1 lists the
 * sheet names (they cannot be known before), sync 2 loads every wanted sheet's used range
 * (values and number formats) at once.
 * @param context the request context of the running `Excel.run`
 * @param sheetNames the sheets to read (matched like SPEC §3 names); default: every sheet
 *   except those Pokin generates
 * @returns the sheets as the core wants them (values from A1), and all sheet names
 * @example const { workbook } = await readOfficeWorkbook(context); checkWorkbook(workbook);
 */
export async function readOfficeWorkbook(
  context: Excel.RequestContext,
  sheetNames?: readonly string[],
): Promise<OfficeWorkbookRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();

  const wanted = sheetNames ? new Set(sheetNames.map(nameKey)) : undefined;
  const chosen = worksheets.items.filter((ws) =>
    wanted ? wanted.has(nameKey(ws.name)) : !isGeneratedSheet(ws.name),
  );
  const ranges = chosen.map((ws) => {
    // valuesOnly: formatting alone (a coloured empty row) must not widen what is read.
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("values,numberFormat,rowIndex,columnIndex");
    return used;
  });
  await context.sync();

  const sheets = chosen.map((ws, i) => toSheetData(ws.name, ranges[i]));
  return { workbook: { sheets }, sheetNames: worksheets.items.map((ws) => ws.name) };
}

/** The used range, shifted so that `values[0][0]` is A1 as the core expects. */
export function toSheetData(name: string, used: Excel.Range | undefined): SheetData {
  if (!used || used.isNullObject) return { name, values: [] };
  const top = used.rowIndex;
  const left = used.columnIndex;
  const pad = <T>(rows: T[][], fill: T): T[][] => [
    ...Array.from({ length: top }, () => [] as T[]),
    ...rows.map((row) => (left === 0 ? row : [...new Array<T>(left).fill(fill), ...row])),
  ];
  const numberFormats = pad<string | undefined>(used.numberFormat as (string | undefined)[][], undefined);
  return { name, values: pad<unknown>(used.values, null), numberFormats };
}
