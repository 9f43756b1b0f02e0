import type ExcelJS from "exceljs";
import type { PrintPlan } from "../../core/plans/types";

/**
 * Sets up printing: orientation, fit to one page wide (any number of pages tall), the rows
 * repeated on every page, and a centred page header.
 * @param ws the worksheet
 * @param print the plan's print setup
 * @example applyPrint(ws, { landscape: true, fitToWidth: true, repeatRows: [0, 3], header: "Capaian 2025" });
 */
export function applyPrint(ws: ExcelJS.Worksheet, print: PrintPlan): void {
  if (print.landscape !== undefined) ws.pageSetup.orientation = print.landscape ? "landscape" : "portrait";
  if (print.fitToWidth) {
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = 1;
    ws.pageSetup.fitToHeight = 0;
  }
  if (print.repeatRows) {
    const [first, last] = print.repeatRows;
    ws.pageSetup.printTitlesRow = `${first + 1}:${Math.max(first, last) + 1}`;
  }
  if (print.header !== undefined) {
    // "&" starts a header code (&P, &D …): a literal ampersand is written "&&".
    ws.headerFooter.oddHeader = `&C${print.header.replace(/&/g, "&&")}`;
  }
}
