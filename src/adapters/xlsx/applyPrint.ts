import type ExcelJS from "exceljs";
import type { PrintPlan } from "../../core/plans/types";
import { setColBreaks } from "./colBreaks";

/**
 * Sets up printing: orientation, paper, a fixed scale with manual page breaks or fit to pages
 * wide (any number tall), margins, the rows repeated on every page, a centred page header and
 * page numbers.
 * @param ws the worksheet
 * @param print the plan's print setup
 * @example applyPrint(ws, { landscape: true, fitToWidth: true, repeatRows: [0, 3], header: "Capaian 2025" });
 */
export function applyPrint(ws: ExcelJS.Worksheet, print: PrintPlan): void {
  if (print.landscape !== undefined) ws.pageSetup.orientation = print.landscape ? "landscape" : "portrait";
  if (print.scale !== undefined) {
    // Excel ignores manual breaks on a sheet set to fit, so a scale turns fitting off.
    ws.pageSetup.fitToPage = false;
    ws.pageSetup.scale = print.scale;
  } else if (print.fitToWidth || print.pagesWide) {
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = print.pagesWide ?? 1;
    ws.pageSetup.fitToHeight = 0;
  }
  // OOXML paper sizes: 9 is A4, 8 is A3.
  if (print.paperSize) ws.pageSetup.paperSize = (print.paperSize === "A3" ? 8 : 9) as ExcelJS.PaperSize;
  if (print.margins) ws.pageSetup.margins = { ...print.margins };
  // ExcelJS puts a row's break below it: a page starting at 0-based row r breaks below 1-based row r.
  for (const r of print.rowBreaks ?? []) if (r > 0) ws.getRow(r).addPageBreak();
  if (print.colBreaks) setColBreaks(ws, print.colBreaks);
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
