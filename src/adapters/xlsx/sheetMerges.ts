import type ExcelJS from "exceljs";
import { parseA1 } from "../../core/a1";
import type { RangeRef } from "../../core/plans/types";
import { nameKey } from "../../core/text";

/**
 * A sheet's merged areas as ExcelJS keeps them (`A1:B2`), as 0-based ranges: the import reads a
 * pasted template's header better with them (SPEC §6).
 * @param wb the workbook
 * @param sheet the sheet's name (matched as SPEC §3 matches names)
 * @returns the merged areas; none when the sheet is missing
 * @example sheetMerges(wb, "Renja") // [{ row: 2, col: 7, rows: 1, cols: 2 }]
 */
export function sheetMerges(wb: ExcelJS.Workbook, sheet: string): RangeRef[] {
  const ws = wb.worksheets.find((w) => nameKey(w.name) === nameKey(sheet));
  const merges = ((ws?.model as { merges?: unknown } | undefined)?.merges ?? []) as unknown[];
  const out: RangeRef[] = [];
  for (const m of merges) {
    const [a, b] = String(m)
      .split(":")
      .map((p) => parseA1(p));
    if (a && b) out.push({ row: a.row, col: a.col, rows: b.row - a.row + 1, cols: b.col - a.col + 1 });
  }
  return out;
}
