import type ExcelJS from "exceljs";
import { nameKey } from "../../core/text";
import { tableNames } from "./applyTable";

/** What ExcelJS's worksheet model holds and its setter reads (the typings say `WorksheetModel`). */
interface SheetModel {
  name: string;
  merges?: string[];
  mergeCells?: string[];
  views?: { tabSelected?: boolean }[];
  tables?: { name: string; displayName?: string }[];
  [key: string]: unknown;
}

/**
 * Copies a worksheet whole into a new sheet at the end: values, formulas, styles, merges,
 * column widths and row heights, data validations, conditional formats, frozen panes and
 * print setup. Tables are copied too, renamed (`<name>_2` …) because table names are unique in
 * a workbook. Used for the import's backups (`SheetPlan.copyOf`).
 * @param wb the workbook holding `source`
 * @param source the sheet to copy
 * @param name the new sheet's name (must be free)
 * @returns the new sheet
 * @example copyWorksheet(wb, wb.getWorksheet("Program")!, "Cadangan Program 20250102-0304");
 */
export function copyWorksheet(
  wb: ExcelJS.Workbook,
  source: ExcelJS.Worksheet,
  name: string,
): ExcelJS.Worksheet {
  // A deep copy: ExcelJS shares style objects between cells, and the copy must never change
  // the original when it is written to later.
  const model = structuredClone(source.model) as unknown as SheetModel;
  const copy = wb.addWorksheet(name);
  const taken = new Set(wb.worksheets.flatMap((ws) => tableNames(ws)).map(nameKey));
  const tables = (model.tables ?? []).map((t) => {
    let k = 2;
    while (taken.has(nameKey(`${t.name}_${k}`))) k++;
    const renamed = `${t.name}_${k}`;
    taken.add(nameKey(renamed));
    return { ...t, name: renamed, displayName: renamed };
  });
  (copy as unknown as { model: SheetModel }).model = {
    ...model,
    name,
    // The model's getter calls them `merges`, its setter reads `mergeCells`.
    mergeCells: model.merges ?? [],
    // Only one tab is selected in a workbook: the original keeps it.
    views: (model.views ?? []).map((v) => ({ ...v, tabSelected: false })),
    tables,
  };
  return copy;
}
