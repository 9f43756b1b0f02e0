import type ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/** Column breaks asked for, per workbook and sheet id: ExcelJS 4.4 writes row breaks only. */
const pending = new WeakMap<ExcelJS.Workbook, Map<number, readonly number[]>>();

/**
 * Asks for manual column breaks on a sheet; {@link withColBreaks} writes them into the file.
 * @param ws the worksheet
 * @param cols 0-based columns that start a new page
 * @example setColBreaks(ws, [40, 81]);
 */
export function setColBreaks(ws: ExcelJS.Worksheet, cols: readonly number[]): void {
  const wb = ws.workbook;
  const sheets = pending.get(wb) ?? new Map<number, readonly number[]>();
  pending.set(wb, sheets);
  if (cols.length > 0) sheets.set(ws.id, cols);
  else sheets.delete(ws.id);
}

/** Elements that follow `<colBreaks>` in a worksheet (ECMA-376 CT_Worksheet order). */
const AFTER =
  /<(customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

/**
 * The file's bytes with the column breaks asked for by {@link setColBreaks} (the same bytes when
 * there are none). ExcelJS names each sheet's part after its id.
 * @param wb the workbook the bytes were written from
 * @param bytes the .xlsx ExcelJS wrote
 * @returns the .xlsx with a `<colBreaks>` in each sheet that asked for one
 * @example const bytes = withColBreaks(wb, new Uint8Array(await wb.xlsx.writeBuffer()));
 */
export function withColBreaks(wb: ExcelJS.Workbook, bytes: Uint8Array): Uint8Array {
  const sheets = [...(pending.get(wb) ?? [])].filter(([id]) => wb.worksheets.some((ws) => ws.id === id));
  if (sheets.length === 0) return bytes;
  const files = unzipSync(bytes);
  for (const [id, cols] of sheets) {
    const part = `xl/worksheets/sheet${id}.xml`;
    const xml = files[part] && strFromU8(files[part]);
    if (!xml) continue;
    const brk = cols.map((c) => `<brk id="${c}" max="1048575" man="1"/>`).join("");
    const element = `<colBreaks count="${cols.length}" manualBreakCount="${cols.length}">${brk}</colBreaks>`;
    const at = xml.includes("</rowBreaks>") ? xml.indexOf("</rowBreaks>") + 12 : xml.search(AFTER);
    files[part] = strToU8(xml.slice(0, at) + element + xml.slice(at));
  }
  return zipSync(files, { level: 6 });
}
