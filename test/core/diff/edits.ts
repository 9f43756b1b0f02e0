import type { SheetData, WorkbookData } from "../../../src/core/sheet";

/** A test workbook's level sheet row found by Kode, the column by header text. */
function locate(sheet: SheetData, kode: string, header: string): [number, number] {
  const r = sheet.values.findIndex((row, i) => i > 0 && row[0] === kode);
  const c = sheet.values[0]!.indexOf(header);
  if (r < 0 || c < 0) throw new Error(`no ${header} of ${kode} in ${sheet.name}`);
  return [r, c];
}

function mapSheet(wb: WorkbookData, name: string, f: (values: unknown[][]) => unknown[][]): WorkbookData {
  return {
    sheets: wb.sheets.map((s) => (s.name === name ? { ...s, values: f(s.values.map((r) => [...r])) } : s)),
  };
}

/** Sets the cell under `header` of the row with Kode `kode` on `sheet`. */
export function edit(
  wb: WorkbookData,
  sheet: string,
  kode: string,
  header: string,
  value: unknown,
): WorkbookData {
  return mapSheet(wb, sheet, (values) => {
    const [r, c] = locate({ name: sheet, values }, kode, header);
    values[r]![c] = value;
    return values;
  });
}

/** Removes the row with Kode `kode`. */
export function removeRow(wb: WorkbookData, sheet: string, kode: string): WorkbookData {
  return mapSheet(wb, sheet, (values) => values.filter((row, i) => i === 0 || row[0] !== kode));
}

/** Appends a row given by header → value. */
export function addRow(wb: WorkbookData, sheet: string, cells: Record<string, unknown>): WorkbookData {
  return mapSheet(wb, sheet, (values) => [...values, values[0]!.map((h) => cells[String(h)] ?? "")]);
}

/** Reverses the data rows of a sheet (the header stays first). */
export function reverseRows(wb: WorkbookData, sheet: string): WorkbookData {
  return mapSheet(wb, sheet, ([header, ...rows]) => [header!, ...rows.reverse()]);
}

/** Adds empty columns (headers given) at the end of every sheet whose header starts with Kode. */
export function withColumns(wb: WorkbookData, headers: readonly string[]): WorkbookData {
  return {
    sheets: wb.sheets.map((s) =>
      s.values[0]?.[0] !== "Kode"
        ? s
        : { ...s, values: s.values.map((r, i) => [...r, ...headers.map((h) => (i === 0 ? h : ""))]) },
    ),
  };
}
