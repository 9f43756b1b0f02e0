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
  if (print.fitToWidth || print.pagesWide) {
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = print.pagesWide ?? 1;
    ws.pageSetup.fitToHeight = 0;
  }
  // OOXML paper sizes: 9 is A4, 8 is A3.
  if (print.paperSize) ws.pageSetup.paperSize = (print.paperSize === "A3" ? 8 : 9) as ExcelJS.PaperSize;
  if (print.repeatRows) {
    const [first, last] = print.repeatRows;
    ws.pageSetup.printTitlesRow = `${first + 1}:${Math.max(first, last) + 1}`;
  }
  if (print.header !== undefined) {
    // "&" starts a header code (&P, &D …): a literal ampersand is written "&&".
    ws.headerFooter.oddHeader = `&C${print.header.replace(/&/g, "&&")}`;
  }
  // &P is the page, &N the number of pages.
  if (print.pageNumbers !== false) ws.headerFooter.oddFooter = "&C&P / &N";
}
