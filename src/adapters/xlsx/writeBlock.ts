/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS cells, not Office.js proxies: nothing to load or sync. */
import type ExcelJS from "exceljs";
import type { CellBlock, PlanValue } from "../../core/plans/types";
import type { PlanWarnings } from "./planCells";

/** Excel's limit on the characters of one cell. */
const MAX_CELL_CHARS = 32767;

/**
 * Writes a block of plan values into a worksheet, skipping cells a merge covers; text over
 * Excel's cell limit is cut, with a warning.
 * @param ws the worksheet
 * @param block the values and where their top-left cell goes (0-based)
 * @param warnings where cut text is reported
 * @example writeBlock(ws, { row: 0, col: 0, values: [["Kode", "Uraian"]] }, warnings);
 */
export function writeBlock(ws: ExcelJS.Worksheet, block: CellBlock, warnings: PlanWarnings): void {
  block.values.forEach((values, r) => {
    const row = ws.getRow(block.row + r + 1);
    values.forEach((value, c) => {
      const cell = row.getCell(block.col + c + 1);
      // A cell covered by a merge forwards writes to the merge's first cell: leave it alone.
      if (cell.isMerged && cell.master !== cell) return;
      cell.value = cellValue(value, ws.name, cell.address, warnings);
    });
  });
}

/** A plan value as an ExcelJS value: strings stay text (ExcelJS never parses "=…" as a formula). */
function cellValue(v: PlanValue, sheet: string, address: string, warnings: PlanWarnings): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v;
  if (typeof v === "string") {
    if (v.length <= MAX_CELL_CHARS) return v;
    warnings.push({
      sheet,
      message: {
        id: `Teks di ${address} dipotong menjadi ${MAX_CELL_CHARS} karakter (batas Excel).`,
        en: `The text in ${address} was cut to ${MAX_CELL_CHARS} characters (Excel's limit).`,
      },
    });
    return v.slice(0, MAX_CELL_CHARS);
  }
  const formula = v.formula.trim().replace(/^=/, "");
  return v.result === undefined ? { formula } : { formula, result: v.result };
}
