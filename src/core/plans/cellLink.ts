import { sheetRef } from "../a1";
import type { FormulaValue } from "./types";

/**
 * A link to a cell of the workbook: `=HYPERLINK("#'Program'!C5","C5")`. The sheet name is
 * quoted for a reference (`'` doubled) and the whole reference for a string literal (`"` doubled).
 * @example cellLink("Program", "C5").formula // =HYPERLINK("#'Program'!C5","C5")
 */
export function cellLink(sheet: string, cell: string): FormulaValue {
  const target = `#${sheetRef(sheet, cell)}`;
  return { formula: `=HYPERLINK(${stringLiteral(target)},${stringLiteral(cell)})`, result: cell };
}

function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
