import JSZip from "jszip";
import { clipSheetXml } from "./clipSheetXml";
import { fixSheetRels } from "./fixSheetRels";
import { inflateCounted, type XlsxLimits } from "./xlsxLimits";

export { DEFAULT_XLSX_LIMITS, XlsxRefused, type XlsxLimits } from "./xlsxLimits";

/** What {@link sanitizeXlsx} gives ExcelJS: the bytes to load, and what it left out. */
export interface Sanitized {
  readonly bytes: ArrayBuffer | Uint8Array;
  /** Parts dropped because ExcelJS cannot read them (drawings, comments), by zip path. */
  readonly dropped: readonly string[];
}

const SHEET = /^xl\/worksheets\/sheet\d+\.xml$/;
const SHEET_RELS = /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/;
const TABLE = /^xl\/tables\/[^/]+\.xml$/;
const DRAWING = /^xl\/drawings\/[^/]+\.xml$/;
const COMMENTS = /^xl\/(?:[^/]+\/)?comments?\d*\.xml$/;

/**
 * One pass over an .xlsx zip before ExcelJS's full load (issue 8 §4, §5). It refuses a file over
 * the limits (too many parts, more inflated bytes than allowed — counted while inflating, so a
 * zip bomb stops early) with {@link XlsxRefused}; clips huge merges, validations, conditional
 * formats and dimensions ({@link clipSheetXml}); and mends what other writers do that ExcelJS
 * cannot read: tables without a style (LibreOffice), absolute part paths, comments and VML in
 * other folders, drawings without the `xdr:` prefix (openpyxl) — such drawings, and with
 * `dropDrawings` every drawing and comment, are left out. The zip is rebuilt (stored, not
 * compressed) only when something changed.
 * @param data the file's bytes
 * @param options the limits, and whether to leave out every drawing and comment
 * @returns the bytes for ExcelJS and the parts left out
 * @example const { bytes } = await sanitizeXlsx(fileBytes); await wb.xlsx.load(bytes);
 */
export async function sanitizeXlsx(
  data: ArrayBuffer | Uint8Array,
  options: { readonly limits?: XlsxLimits; readonly dropDrawings?: boolean } = {},
): Promise<Sanitized> {
  const zip = await JSZip.loadAsync(data);
  const texts = await inflateCounted(zip, options.limits, (name) =>
    [SHEET, SHEET_RELS, TABLE, DRAWING, COMMENTS].some((re) => re.test(name)),
  );
  let changed = false;
  const put = (name: string, text: string) => {
    zip.file(name, text);
    changed = true;
  };
  for (const [name, xml] of texts) {
    if (SHEET.test(name)) {
      const clipped = clipSheetXml(xml);
      if (clipped !== undefined) {
        texts.set(name, clipped);
        put(name, clipped);
      }
    } else if (COMMENTS.test(name) && /<text>\s*<t[\s>]/.test(xml)) {
      // openpyxl writes a comment's text as <t> without a run: ExcelJS would read it empty.
      put(name, xml.replace(/<text>\s*(<t\b[^>]*>[\s\S]*?<\/t>)\s*<\/text>/g, "<text><r>$1</r></text>"));
    } else if (TABLE.test(name) && !/<tableStyleInfo\b/.test(xml)) {
      // LibreOffice writes tables without a style; ExcelJS then fails to write them ("theme").
      const style =
        '<tableStyleInfo showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>';
      put(
        name,
        xml.replace(/(<extLst\b[\s\S]*)?<\/table>\s*$/, (end) => `${style}${end}`),
      );
    }
  }
  const dropped: string[] = [];
  for (const [name, rels] of texts) {
    if (!SHEET_RELS.test(name)) continue;
    const sheetName = name.replace("_rels/", "").replace(/\.rels$/, "");
    const fixed = fixSheetRels(rels, texts.get(sheetName) ?? "", {
      exists: (part) => zip.file(part) !== null,
      readable: (part) => !DRAWING.test(part) || /<xdr:wsDr\b/.test(texts.get(part) ?? ""),
      rename: (from, to) => {
        const f = zip.file(from);
        if (f) zip.file(to, f.async("uint8array")).remove(from);
      },
      dropDrawings: options.dropDrawings === true,
    });
    if (!fixed) continue;
    dropped.push(...fixed.dropped);
    put(name, fixed.rels);
    put(sheetName, fixed.sheet);
  }
  // ExcelJS parses every drawing part, used or not: one it cannot read must go with its rels.
  for (const [name, xml] of texts) {
    if (!DRAWING.test(name) || (/<xdr:wsDr\b/.test(xml) && !options.dropDrawings)) continue;
    zip.remove(name).remove(name.replace(/([^/]+)$/, "_rels/$1.rels"));
    if (!dropped.includes(name)) dropped.push(name);
    changed = true;
  }
  if (!changed) return { bytes: data, dropped };
  return { bytes: await zip.generateAsync({ type: "uint8array", compression: "STORE" }), dropped };
}
