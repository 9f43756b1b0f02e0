import type { ConditionalFormatPlan, PrintPlan, SheetPlan, ValidationPlan } from "../../core/plans/types";
import type { OfficeCapabilities } from "./capabilities";
import { bytesOf, rangeOf, type SheetGetter, type Write } from "./writes";

/**
 * Excel measures column widths in characters of the default font; the API sets them in points.
 * A width of w characters is w × 7 + 5 pixels (Calibri 11), and a pixel is ¾ point.
 * @example charsToPoints(10) // 56.25
 */
export function charsToPoints(chars: number): number {
  return (chars * 7 + 5) * 0.75;
}

/** Merges, sizes, freeze panes, table, validations, conditional formats and print setup. */
export function layoutWrites(sheet: SheetGetter, plan: SheetPlan, caps: OfficeCapabilities): Write[] {
  const writes: Write[] = [];
  for (const m of plan.merges ?? [])
    writes.push({ bytes: bytesOf(m), queue: () => rangeOf(sheet(), m).merge(false) });
  for (const run of runs(plan.columnWidths?.map((w) => [w.col, w.width] as const) ?? [])) {
    writes.push({
      bytes: bytesOf(run),
      queue: () =>
        (rangeOf(sheet(), { row: 0, col: run.from, cols: run.count }).format.columnWidth = charsToPoints(
          run.value,
        )),
    });
  }
  for (const run of runs(plan.rowHeights?.map((h) => [h.row, h.height] as const) ?? [])) {
    writes.push({
      bytes: bytesOf(run),
      queue: () =>
        (rangeOf(sheet(), { row: run.from, col: 0, rows: run.count }).format.rowHeight = run.value),
    });
  }
  const freeze = plan.freeze;
  if (freeze && (freeze.rows > 0 || (freeze.cols ?? 0) > 0)) {
    writes.push({ bytes: bytesOf(freeze), queue: () => freezeWrite(sheet(), freeze.rows, freeze.cols ?? 0) });
  }
  const table = plan.table;
  if (table) {
    writes.push({
      bytes: bytesOf(table),
      queue: () => {
        const added = sheet().tables.add(rangeOf(sheet(), table.range), true);
        added.name = table.name;
        if (table.style) added.style = table.style;
      },
    });
  }
  // Data validation is ExcelApi 1.8; Excel 2016 (1.7) keeps the cells without a drop-down
  // rather than failing the whole write.
  if (caps.excelApi(8)) {
    for (const v of plan.validations ?? [])
      writes.push({ bytes: bytesOf(v), queue: () => validationWrite(sheet(), v) });
  }
  for (const cf of plan.conditionalFormats ?? []) {
    writes.push({ bytes: bytesOf(cf), queue: () => conditionalWrite(sheet(), cf) });
  }
  const print = plan.print;
  // Page layout is ExcelApi 1.9; older Excel prints with its defaults rather than failing.
  if (print && caps.excelApi(9))
    writes.push({ bytes: bytesOf(print), queue: () => printWrite(sheet(), print) });
  return writes;
}

/** Consecutive indexes with the same value, so one range sets them all. */
function runs(
  items: readonly (readonly [number, number])[],
): { from: number; count: number; value: number }[] {
  const sorted = [...items].sort((a, b) => a[0] - b[0]);
  const out: { from: number; count: number; value: number }[] = [];
  for (const [index, value] of sorted) {
    const last = out[out.length - 1];
    if (last && last.from + last.count === index && last.value === value) last.count++;
    else out.push({ from: index, count: 1, value });
  }
  return out;
}

function freezeWrite(ws: Excel.Worksheet, rows: number, cols: number): void {
  if (cols === 0) ws.freezePanes.freezeRows(rows);
  else if (rows === 0) ws.freezePanes.freezeColumns(cols);
  else ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, cols));
}

function validationWrite(ws: Excel.Worksheet, v: ValidationPlan): void {
  const range = rangeOf(ws, v.range);
  const source = Array.isArray(v.list) ? v.list.join(",") : (v.list as { formula: string }).formula;
  // A range that already has a rule refuses a new one until it is cleared.
  range.dataValidation.clear();
  range.dataValidation.rule = { list: { inCellDropDown: true, source } };
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: v.allowOther ? "Warning" : "Stop",
    title: "Pokin",
    // The plan carries no language: one short line in both.
    message: "Pilih nilai dari daftar. / Choose a value from the list.",
  };
}

function conditionalWrite(ws: Excel.Worksheet, plan: ConditionalFormatPlan): void {
  const range = rangeOf(ws, plan.range);
  for (const rule of plan.rules) {
    const cf = range.conditionalFormats.add("CellValue");
    cf.cellValue.format.fill.color = rule.fill;
    if (rule.fontColor) cf.cellValue.format.font.color = rule.fontColor;
    // EqualTo, not "contains": "Tinggi" must not colour "Sangat Tinggi".
    cf.cellValue.rule = { formula1: `="${rule.equals.replace(/"/g, '""')}"`, operator: "EqualTo" };
  }
}

function printWrite(ws: Excel.Worksheet, print: PrintPlan): void {
  const layout = ws.pageLayout;
  if (print.landscape) layout.orientation = "Landscape";
  // A fixed scale keeps manual breaks; 0 pages tall means "as many as needed" (OOXML fitToHeight="0").
  if (print.scale !== undefined) layout.zoom = { scale: print.scale };
  else if (print.fitToWidth || print.pagesWide)
    layout.zoom = { horizontalFitToPages: print.pagesWide ?? 1, verticalFitToPages: 0 };
  if (print.paperSize) layout.paperSize = print.paperSize === "A3" ? "A3" : "A4";
  const m = print.margins;
  if (m) {
    // The API takes points.
    layout.leftMargin = m.left * 72;
    layout.rightMargin = m.right * 72;
    layout.topMargin = m.top * 72;
    layout.bottomMargin = m.bottom * 72;
    layout.headerMargin = m.header * 72;
    layout.footerMargin = m.footer * 72;
  }
  if (print.repeatRows) layout.setPrintTitleRows(`$${print.repeatRows[0] + 1}:$${print.repeatRows[1] + 1}`);
  // "&" starts a header code in Excel; "&&" prints one ampersand.
  if (print.header) layout.headersFooters.defaultForAllPages.centerHeader = print.header.replace(/&/g, "&&");
  // &P is the page, &N the number of pages.
  if (print.pageNumbers !== false) layout.headersFooters.defaultForAllPages.centerFooter = "&P / &N";
  // A break goes above the range's first row (left of its first column).
  for (const row of print.rowBreaks ?? []) ws.horizontalPageBreaks.add(ws.getRangeByIndexes(row, 0, 1, 1));
  for (const col of print.colBreaks ?? []) ws.verticalPageBreaks.add(ws.getRangeByIndexes(0, col, 1, 1));
}
