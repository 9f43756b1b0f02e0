import { parseA1 } from "../../core/a1";
import type { RangeRef } from "../../core/plans/types";
import type { Msg } from "../../core/messages";
import type { WorkbookData } from "../../core/sheet";
import { nameKey } from "../../core/text";
import type { OfficeCapabilities } from "./capabilities";
import { isGeneratedSheet } from "../../core/sheets";
import { toSheetData } from "./readWorkbook";
import type { OfficeTable } from "./tableWrites";
import { textCellsOf, type TextCells } from "./textCells";

/** Where a template is: a sheet (and a range of it), or undefined for the current selection. */
export interface TemplateSource {
  readonly sheet?: string;
  readonly range?: string;
}

/** A used range as read, for copying a sheet cell by cell where `worksheet.copy` is missing. */
export interface UsedCells {
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
}

export interface ImportRead {
  readonly workbook: WorkbookData;
  readonly sheetNames: readonly string[];
  /** The template's sheet as the workbook spells it, and its range (a selection's). */
  readonly sheet: string;
  readonly range?: string;
  readonly merges: readonly RangeRef[];
  readonly tables: readonly OfficeTable[];
  /** Sheet name key → its cells with formulas (only when asked: Excel without `worksheet.copy`). */
  readonly cells: ReadonlyMap<string, UsedCells>;
  /** The cells formatted as text in every sheet but the template's (where the import writes). */
  readonly textCells: TextCells;
}

/**
 * Reads what an import needs in exactly two syncs: sync 1 the sheet names, the selection's
 * address (when the source is the selection) and the workbook's table names; sync 2 every
 * used range (values, number formats, and formulas when asked), the other sheets' text-formatted
 * cells, the template sheet's merged areas (ExcelApi 1.13) and each table's address.
 * @returns the read, or a problem (no such sheet) found after sync 1
 * @example const read = await readForImport(context, { sheet: "Renja" }, { tables: false, formulas: false }, caps);
 */
export async function readForImport(
  context: Excel.RequestContext,
  source: TemplateSource,
  want: { readonly tables: boolean; readonly formulas: boolean },
  caps: OfficeCapabilities,
): Promise<ImportRead | { readonly problem: Msg }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const selected = source.sheet === undefined ? context.workbook.getSelectedRange() : undefined;
  selected?.load("address");
  const allTables = want.tables ? context.workbook.tables : undefined;
  allTables?.load("items/name");
  await context.sync();

  const at = selected ? splitAddress(selected.address) : { sheet: source.sheet ?? "", range: source.range };
  const template = worksheets.items.find((ws) => nameKey(ws.name) === nameKey(at.sheet));
  if (!template)
    return { problem: { id: `Lembar '${at.sheet}' tidak ada.`, en: `There is no sheet '${at.sheet}'.` } };
  const chosen = worksheets.items.filter((ws) => ws === template || !isGeneratedSheet(ws.name));
  const ranges = chosen.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load(`values,numberFormat,rowIndex,columnIndex${want.formulas ? ",formulas" : ""}`);
    return used;
  });
  // Formatted empty rows too: appended rows land in them, and a text cell keeps an apostrophe.
  const formatted = chosen
    .filter((ws) => ws !== template)
    .map((ws) => ({ sheet: ws.name, range: ws.getUsedRangeOrNullObject(false) }));
  for (const f of formatted) f.range.load("numberFormat,rowIndex,columnIndex");
  // Merged header cells read better (SPEC §6); without 1.13, "same as above" fills them.
  const merged = caps.excelApi(13) ? template.getRange().getMergedAreasOrNullObject() : undefined;
  merged?.load("address");
  const tableRanges = (allTables?.items ?? []).map((t) => {
    const range = t.getRange();
    range.load("address");
    return { name: t.name, range };
  });
  await context.sync();

  const cells = new Map<string, UsedCells>();
  if (want.formulas) {
    chosen.forEach((ws, i) => {
      const used = ranges[i]!;
      if (used.isNullObject) return;
      cells.set(nameKey(ws.name), {
        top: used.rowIndex,
        left: used.columnIndex,
        values: used.values,
        formulas: used.formulas,
      });
    });
  }
  const single = at.range !== undefined && !at.range.includes(":");
  return {
    workbook: { sheets: chosen.map((ws, i) => toSheetData(ws.name, ranges[i])) },
    sheetNames: worksheets.items.map((ws) => ws.name),
    sheet: template.name,
    // A single selected cell means "this sheet", not a one-cell template.
    ...(at.range !== undefined && !single ? { range: at.range } : {}),
    merges: merged && !merged.isNullObject ? areas(merged.address) : [],
    tables: tableRanges.flatMap(({ name, range }) => tableAt(name, range.address) ?? []),
    cells,
    textCells: textCellsOf(formatted),
  };
}

/**
 * An Office.js address split into its sheet and range: `'Realisasi TW IV'!A5:G9`.
 * @example splitAddress("'Renja 2025'!A5:G9") // { sheet: "Renja 2025", range: "A5:G9" }
 */
export function splitAddress(address: string): { sheet: string; range?: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: address.slice(bang + 1).replace(/\$/g, "") };
}

/**
 * A table's place from its name and its range's Office.js address, or undefined when the
 * address names no cell.
 * @example tableAt("tbl_Program", "Program!$A$1:$K$9") // { sheet: "Program", name: "tbl_Program", bounds: { top: 0, left: 0, bottom: 8, right: 10 } }
 */
export function tableAt(name: string, address: string): OfficeTable | undefined {
  const where = splitAddress(address);
  const [from, to] = (where.range ?? "").split(":").map((p) => parseA1(p));
  if (!from) return undefined;
  const end = to ?? from;
  return {
    sheet: where.sheet,
    name,
    bounds: { top: from.row, left: from.col, bottom: end.row, right: end.col },
  };
}

/** `Sheet!A1:B2, Sheet!D4:E5` (RangeAreas.address) as 0-based ranges. */
function areas(address: string): RangeRef[] {
  const out: RangeRef[] = [];
  for (const m of address.matchAll(/!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?/g)) {
    const a = parseA1(`${m[1]}${m[2]}`);
    const b = m[3] ? parseA1(`${m[3]}${m[4]}`) : a;
    if (a && b) out.push({ row: a.row, col: a.col, rows: b.row - a.row + 1, cols: b.col - a.col + 1 });
  }
  return out;
}
