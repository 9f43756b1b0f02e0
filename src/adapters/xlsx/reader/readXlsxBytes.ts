import type { RangeRef } from "../../../core/plans/types";
import type { SheetData, WorkbookData } from "../../../core/sheet";
import { readCellStyles, type CellStyles } from "./cellStyles";
import { DEFAULT_LIMITS, type ReaderLimits } from "./limits";
import { RefusalError, refuse, stop, type XlsxRefusal } from "./refusal";
import { readSharedStrings } from "./sharedStrings";
import type { Budget } from "./sheetGrid";
import { readSheetXml } from "./sheetPart";
import { readWorkbookPart } from "./workbookPart";
import { XlsxPackage } from "./xlsxPackage";
import { readZipDirectory } from "./zipDirectory";
import { fflateInflate, type Inflate } from "./zipEntryBytes";

/** Options of {@link readXlsxBytes}. */
export interface ReadXlsxOptions {
  readonly limits?: Partial<ReaderLimits>;
  /** A faster inflate where the platform has one (Node's zlib); fflate otherwise. */
  readonly inflate?: Inflate;
  /** A faster UTF-8 decode where the platform has one (Node's Buffer; a leading BOM dropped); TextDecoder otherwise. */
  readonly decode?: (bytes: Uint8Array) => string;
  /** Filled with each sheet's merged ranges (0-based, as the file lists them), by sheet name. */
  readonly merges?: Map<string, RangeRef[]>;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const NO_STYLES: CellStyles = { formats: [], isDate: [] };

/**
 * Pokin's own .xlsx reader: the file's bytes → the {@link WorkbookData} the core checks, exactly
 * as ExcelJS's full reader and `workbookToData` give it (but formulas' cached 0 and FALSE kept).
 * Pure JavaScript (no Node API), so the browser pane uses it too. Zip entries are found through
 * the central directory, so their order never matters. It never answers with part of a
 * workbook: anything it does not understand, or over a limit, is an {@link XlsxRefusal}.
 * @param bytes the whole file
 * @param options limits and the inflate function
 * @returns the sheets in tab order, or why the reader refused
 * @example const read = readXlsxBytes(bytes); if (!isRefusal(read)) read.sheets[0]!.name
 */
export function readXlsxBytes(bytes: Uint8Array, options: ReadXlsxOptions = {}): WorkbookData | XlsxRefusal {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  try {
    if (OLE.every((b, i) => bytes[i] === b)) {
      stop("encrypted", "terenkripsi atau format lama .xls", "it is encrypted or an old .xls");
    }
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
      stop("not-xlsx", "bukan arsip zip", "it is not a zip archive");
    const entries = readZipDirectory(bytes, limits.maxParts);
    let inflated = 0;
    for (const e of entries.values()) inflated += e.size;
    if (inflated > limits.maxInflatedBytes) {
      const mb = (n: number): string => String(Math.ceil(n / 2 ** 20));
      stop(
        "limit",
        `isinya ${mb(inflated)} MB setelah diekstrak, lebih dari batas ${mb(limits.maxInflatedBytes)} MB (POKIN_MAX_INFLATED_MB)`,
        `it inflates to ${mb(inflated)} MB, more than the limit of ${mb(limits.maxInflatedBytes)} MB (POKIN_MAX_INFLATED_MB)`,
      );
    }
    const pkg = new XlsxPackage(bytes, entries, options.inflate ?? fflateInflate, options.decode);
    const book = readWorkbookPart(pkg);
    const ctx = {
      strings: book.sharedStrings ? readSharedStrings(pkg.text(book.sharedStrings)) : [],
      styles: book.styles ? readCellStyles(pkg.text(book.styles)) : NO_STYLES,
      date1904: book.date1904,
    };
    const budget: Budget = { cells: limits.maxCells, mergeWork: limits.maxMergeWork };
    const sheets: SheetData[] = book.sheets.map((s) => {
      const merges: RangeRef[] | undefined = options.merges ? [] : undefined;
      const sheet = readSheetXml(s.name, pkg.text(s.part), ctx, budget, merges);
      if (merges) options.merges?.set(s.name, merges);
      return sheet;
    });
    return { sheets };
  } catch (err) {
    if (err instanceof RefusalError) return err.refusal;
    // A RangeError from a typed array or string limit, or a bug: never a partial workbook.
    const text = err instanceof Error ? err.message.split("\n")[0]!.slice(0, 120) : String(err);
    return refuse(
      "unsupported",
      `tidak dapat dibaca oleh pembaca Pokin (${text})`,
      `Pokin's reader cannot read it (${text})`,
    );
  }
}
