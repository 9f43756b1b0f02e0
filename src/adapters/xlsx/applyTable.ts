/* eslint-disable office-addins/load-object-before-read -- ExcelJS rows, not Office.js proxies: nothing to load. */
import type ExcelJS from "exceljs";
import { a1 } from "../../core/a1";
import type { TablePlan } from "../../core/plans/types";
import { cellText, nameKey } from "../../core/text";
import { bounds, type PlanWarnings } from "./planCells";

/**
 * Turns a range already written (header row + data rows) into an Excel table. ExcelJS writes a
 * table's header and rows into the cells itself, so they are handed back the values the cells
 * already hold. A table needs at least one data row: a header-only range gets one empty row.
 * An existing table of the same name on this sheet is replaced; one on another sheet wins.
 * @param wb the workbook (table names are unique workbook-wide)
 * @param ws the worksheet holding the range
 * @param table the plan's table
 * @param warnings collects what could not be written
 * @example applyTable(wb, ws, { name: "tbl_Program", range: { row: 0, col: 0, rows: 10, cols: 17 } }, []);
 */
export function applyTable(
  wb: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  table: TablePlan,
  warnings: PlanWarnings,
): void {
  const name = tableName(table.name);
  const elsewhere = wb.worksheets.some(
    (other) => other !== ws && tableNames(other).some((n) => nameKey(n) === nameKey(name)),
  );
  if (elsewhere) {
    warnings.push({
      sheet: ws.name,
      message: {
        id: `Nama tabel '${name}' sudah dipakai di lembar lain; tabel tidak dibuat.`,
        en: `The table name '${name}' is used on another sheet; the table was not created.`,
      },
    });
    return;
  }
  for (const n of tableNames(ws)) if (nameKey(n) === nameKey(name)) ws.removeTable(n);

  const b = bounds(table.range);
  const bottom = Math.max(b.bottom, b.top + 1);
  const columns = uniqueNames(
    Array.from({ length: b.right - b.left + 1 }, (_, i) =>
      cellText(plain(ws.getCell(b.top + 1, b.left + i + 1).value)),
    ),
  ).map((n) => ({ name: n, filterButton: true }));
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = b.top + 1; r <= bottom; r++) {
    const row = ws.getRow(r + 1);
    rows.push(columns.map((_, i) => row.getCell(b.left + i + 1).value));
  }
  ws.addTable({
    name,
    ref: a1(b.top, b.left),
    headerRow: true,
    style: {
      theme: (table.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: true,
    },
    columns,
    rows,
  });
}

/** A valid table name: letters, digits, "_" and "."; starts with a letter or "_". */
function tableName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_.]/g, "_");
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

/** The names of a sheet's tables. ExcelJS's typings say getTables() gives tuples; it gives Table objects. */
export function tableNames(ws: ExcelJS.Worksheet): string[] {
  return (ws.getTables() as unknown as { name?: string; table?: { name?: string } }[]).map(
    (t) => t.table?.name ?? t.name ?? "",
  );
}

/** Header cells as they will read; a formula header is read as its result. */
function plain(v: ExcelJS.CellValue): unknown {
  if (v && typeof v === "object" && "result" in v) return v.result;
  if (v && typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  return v;
}

/** Table column names must be non-empty and unique (case-insensitively). */
function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.map((n, i) => {
    let name = n === "" ? `Kolom ${i + 1}` : n;
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${n || `Kolom ${i + 1}`} ${k}`;
    seen.add(name.toLowerCase());
    return name;
  });
}
