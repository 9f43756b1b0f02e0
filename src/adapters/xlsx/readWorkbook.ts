import ExcelJS from "exceljs";
import type { SheetData, WorkbookData } from "../../core/sheet";
import { loadSanitized, type LoadOptions } from "./loadSanitized";

/**
 * Parts of a sheet the reader does not need and that can be very costly to parse: ExcelJS
 * expands every data validation range into one entry per cell (a whole-column list would be a
 * million entries), and conditional formats and drawings carry no values.
 */
const VALUES_ONLY = ["dataValidations", "conditionalFormatting", "extLst", "drawing", "legacyDrawing"];

/**
 * Loads an .xlsx file's bytes into an ExcelJS workbook with everything ExcelJS keeps (styles,
 * validations, tables), for commands that change the workbook and write it back. The zip is
 * checked and mended first ({@link loadSanitized}): a file over the limits is refused
 * ({@link XlsxRefused}), huge merges and validations are clipped, and files from LibreOffice
 * and openpyxl load; parts ExcelJS cannot read are left out and passed to `onDropped`.
 * Works in Node and in the browser (no file system).
 * @param data the file's bytes
 * @param options the limits, and who hears of dropped parts
 * @returns the workbook; rejects when the bytes are not a readable .xlsx
 * @example const wb = await loadXlsx(await file.arrayBuffer());
 */
export async function loadXlsx(
  data: ArrayBuffer | Uint8Array,
  options: LoadOptions = {},
): Promise<ExcelJS.Workbook> {
  const { wb, dropped } = await loadSanitized(data, options.limits);
  if (dropped.length > 0) options.onDropped?.(dropped);
  return wb;
}

/**
 * Reads an .xlsx file's bytes into the plain cell values the core checks (SPEC §3), skipping
 * the parts that hold no values. Works in Node and in the browser (no file system).
 * @param data the file's bytes
 * @returns every sheet in tab order; rejects when the bytes are not a readable .xlsx
 * @example const data = await readXlsx(fs.readFileSync("pokin.xlsx")); data.sheets[0].name
 */
export async function readXlsx(data: ArrayBuffer | Uint8Array): Promise<WorkbookData> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as Parameters<ExcelJS.Xlsx["load"]>[0], { ignoreNodes: VALUES_ONLY });
  return workbookToData(wb);
}

/**
 * Converts an ExcelJS workbook to {@link WorkbookData}: values from A1 as Office.js gives them
 * (numbers, strings, booleans, Dates; a formula's cached result or null; rich text and links as
 * their text; error values as their text, e.g. "#REF!"; a merged range's value only in its
 * top-left cell), and the number format of every numeric cell that is not General.
 * @param wb a loaded workbook
 * @returns the sheets in tab order
 * @example workbookToData(wb).sheets.map((s) => s.name) // ["Pengaturan", "Tujuan RPD", …]
 */
export function workbookToData(wb: ExcelJS.Workbook): WorkbookData {
  return { sheets: wb.worksheets.map(sheetToData) };
}

function sheetToData(ws: ExcelJS.Worksheet): SheetData {
  const collector = new SheetCollector(ws.name);
  // eachRow/eachCell visit only the cells the file stores: empty cells cost nothing.
  ws.eachRow({ includeEmpty: false }, (row) => collector.add(row));
  return collector.done();
}

/**
 * Gathers rows into {@link SheetData}, as the full reader and the streaming reader both see
 * them (ExcelJS rows with 1-based numbers).
 */
export class SheetCollector {
  private readonly values: unknown[][] = [];
  private readonly formats: (string | undefined)[][] = [];
  private anyFormat = false;
  /**
   * True when a formula cell came without a usable cached result. The streaming reader drops a
   * formula's cached error (#REF!, #DIV/0!) this way, so its caller must not trust the sheet.
   */
  formulaWithoutResult = false;

  constructor(private readonly name: string) {}

  add(row: ExcelJS.Row): void {
    const { values, formats } = this;
    const r = row.number - 1;
    const out: unknown[] = [];
    let rowFormats: (string | undefined)[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Cells covered by a merge report their master's value in ExcelJS; Office.js gives them empty.
      if (cell.type === ExcelJS.ValueType.Merge) {
        out[colNumber - 1] = null;
        return;
      }
      const raw = cell.value as { formula?: unknown; sharedFormula?: unknown } | null;
      const formula = raw !== null && typeof raw === "object" && ("formula" in raw || "sharedFormula" in raw);
      // ExcelJS leaves a cached result of 0 out of `cell.value` (it tests the result for truth);
      // `cell.result` still has it, and a 0 is a value like any other (SPEC §7, refinements).
      const result: unknown = formula ? cell.result : undefined;
      const value = formula ? plainValue(result, 1) : plainValue(raw, 0);
      out[colNumber - 1] = value;
      if (formula && (result === undefined || Number.isNaN(result))) this.formulaWithoutResult = true;
      if (typeof value === "number") {
        const fmt = cell.numFmt;
        if (fmt && fmt !== "General") {
          rowFormats ??= [];
          rowFormats[colNumber - 1] = fmt;
          this.anyFormat = true;
        }
      }
    });
    // Trailing empties (a merge's covered cells, styled blanks) carry nothing: both readers drop them.
    let end = out.length;
    while (end > 0 && (out[end - 1] === undefined || out[end - 1] === null)) end--;
    out.length = end;
    for (let c = 0; c < end; c++) if (out[c] === undefined) out[c] = null;
    if (end === 0 && !rowFormats) return;
    values[r] = out;
    if (rowFormats) formats[r] = rowFormats;
  }

  done(): SheetData {
    const { name, values, formats } = this;
    // Rows past the last value (styled blanks the streaming reader reports) carry nothing.
    while (values.length > 0 && (values[values.length - 1]?.length ?? 0) === 0) values.length--;
    if (formats.length > values.length) formats.length = values.length;
    for (let r = 0; r < values.length; r++) values[r] ??= [];
    if (!this.anyFormat) return { name, values };
    for (let r = 0; r < values.length; r++) formats[r] ??= [];
    return { name, values, numberFormats: formats };
  }
}

/** One ExcelJS cell value as a plain value; `depth` guards against odd nesting. */
function plainValue(v: unknown, depth: number): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v !== "object" || depth > 3) return null;
  const o = v as Record<string, unknown>;
  if (typeof o.error === "string") return o.error;
  if (Array.isArray(o.richText)) {
    return o.richText.map((run: unknown) => String((run as { text?: unknown })?.text ?? "")).join("");
  }
  if ("formula" in o || "sharedFormula" in o) return plainValue(o.result, depth + 1);
  if ("text" in o) return plainValue(o.text, depth + 1);
  return null;
}
