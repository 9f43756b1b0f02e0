import ExcelJS from "exceljs";
import { loadXlsx, workbookToData } from "../../../../src/adapters/xlsx/readWorkbook";
import type { SheetData, WorkbookData } from "../../../../src/core/sheet";

/**
 * What ExcelJS's full reader + `workbookToData` give for a file, with one known ExcelJS 4.4
 * loss put back: a formula's cached result of 0 or FALSE (ExcelJS keeps it in `cell.result`
 * but drops it from `cell.value`); where ExcelJS itself loses a value (a text result in a date
 * format becomes an Invalid Date) any value is accepted. Pokin's reader must equal this.
 * @example expect(readXlsxBytes(bytes)).toEqual(await exceljsReference(bytes));
 */
export async function exceljsReference(bytes: Uint8Array): Promise<WorkbookData> {
  const wb = await loadXlsx(bytes);
  const data = workbookToData(wb);
  return { sheets: data.sheets.map((s, i) => withFalsyResults(s, wb.worksheets[i]!)) };
}

function withFalsyResults(sheet: SheetData, ws: ExcelJS.Worksheet): SheetData {
  // ExcelJS turns a formula's text, boolean or error result in a date format into an Invalid
  // Date (it converts every result of a date-formatted cell): the value is lost on its side.
  const values = sheet.values.map((row) =>
    row.map((v) => (v instanceof Date && Number.isNaN(v.getTime()) ? expect.anything() : v)),
  );
  const formats = sheet.numberFormats?.map((row) => [...row]);
  let newFormats: (string | undefined)[][] | undefined;
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.type !== ExcelJS.ValueType.Formula) return;
      const result = (cell as unknown as { result?: unknown }).result;
      // ExcelJS turns every result of a date-formatted formula into a Date (FALSE → 1899-12-30):
      // it cannot tell what the cached value was, so any value is accepted there.
      if (result instanceof Date) {
        const cells = values[row.number - 1];
        if (cells && cells[col - 1] instanceof Date) cells[col - 1] = expect.anything();
        return;
      }
      if (result !== 0 && result !== false) return;
      const r = row.number - 1;
      while (values.length <= r) values.push([]);
      const cells = values[r]!;
      while (cells.length < col - 1) cells.push(null);
      cells[col - 1] = result;
      const fmt = cell.numFmt;
      if (result === 0 && fmt && fmt !== "General") {
        const target = formats ?? (newFormats ??= []);
        while (target.length <= r) target.push([]);
        target[r]![col - 1] = fmt;
      }
    });
  });
  const numberFormats = formats ?? newFormats;
  if (numberFormats) {
    while (numberFormats.length < values.length) numberFormats.push([]);
    return { name: sheet.name, values, numberFormats };
  }
  return { name: sheet.name, values };
}
