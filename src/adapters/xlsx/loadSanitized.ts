import ExcelJS from "exceljs";
import { installLinearMerges } from "./linearMerges";
import { sanitizeXlsx, type XlsxLimits, XlsxRefused } from "./sanitizeXlsx";

export { DEFAULT_XLSX_LIMITS, XlsxRefused, type XlsxLimits } from "./sanitizeXlsx";

/** Options of `loadXlsx`. */
export interface LoadOptions {
  /** Size limits (default: 200 MB inflated, 10,000 parts). */
  readonly limits?: XlsxLimits;
  /** Hears the zip paths of parts left out because ExcelJS cannot read them. */
  readonly onDropped?: (parts: readonly string[]) => void;
}

/**
 * Loads .xlsx bytes into ExcelJS after {@link sanitizeXlsx}; when ExcelJS still fails on the
 * mended file (a drawing or comment it cannot parse), loads it once more without any drawing
 * or comment — ExcelJS cannot write shapes or charts back anyway.
 * @param data the file's bytes
 * @param limits size limits
 * @returns the workbook and the parts left out; rejects with {@link XlsxRefused} over the limits,
 *   or (code `unreadable`) when ExcelJS cannot load the file at all — never with ExcelJS's own
 *   error, whose text ("Cannot read properties of undefined") tells a user nothing
 * @example const { wb, dropped } = await loadSanitized(bytes);
 */
export async function loadSanitized(
  data: ArrayBuffer | Uint8Array,
  limits?: XlsxLimits,
): Promise<{ wb: ExcelJS.Workbook; dropped: readonly string[] }> {
  const first = await sanitizeXlsx(data, { limits });
  try {
    return { wb: await load(first.bytes), dropped: first.dropped };
  } catch (err) {
    if (err instanceof XlsxRefused) throw err;
    const second = await sanitizeXlsx(data, { limits, dropDrawings: true });
    // Nothing more to leave out: the first error is the real one.
    if (second.dropped.length === first.dropped.length) throw unreadable();
    try {
      return { wb: await load(second.bytes), dropped: second.dropped };
    } catch {
      throw unreadable();
    }
  }
}

/** ExcelJS failed on the file: one sentence a user can act on, with a stable code. */
function unreadable(): XlsxRefused {
  return new XlsxRefused("unreadable", {
    id: "Isi berkas tidak dapat dimuat utuh oleh pustaka .xlsx (XLSX_UNREADABLE); buka berkas di Excel, simpan ulang sebagai .xlsx, lalu coba lagi.",
    en: "The .xlsx library cannot load the file's content whole (XLSX_UNREADABLE); open the file in Excel, save it again as .xlsx, then retry.",
  });
}

async function load(bytes: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  installLinearMerges();
  const wb = new ExcelJS.Workbook();
  // ExcelJS's types say Buffer, but JSZip underneath takes any ArrayBuffer or Uint8Array.
  await wb.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  return wb;
}
