import JSZip from "jszip";

/** What an .xlsx holds that ExcelJS drops when it rewrites the file. */
export interface DroppedDrawings {
  readonly shapes: number;
  readonly charts: number;
}

/**
 * Looks into an .xlsx's zip for the drawings ExcelJS cannot keep (exceljs issues 1147, 2086,
 * 2607): shapes and connectors (`xdr:sp`, `xdr:cxnSp`) and charts (`xl/charts/`). Pictures
 * are not counted: ExcelJS keeps them. Never rejects: an unreadable zip counts as none (the
 * reader reports it).
 * @param bytes the file's bytes
 * @returns the counts
 * @example await drawingsIn(bytes) // { shapes: 12, charts: 0 }
 */
export async function drawingsIn(bytes: Uint8Array): Promise<DroppedDrawings> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    let shapes = 0;
    let charts = 0;
    for (const name of Object.keys(zip.files)) {
      if (/^xl\/charts\/chart\d*\.xml$/i.test(name)) charts++;
      if (!/^xl\/drawings\/[^/]+\.xml$/i.test(name)) continue;
      const xml = await zip.file(name)!.async("string");
      shapes += (xml.match(/<(?:xdr:)?(?:sp|cxnSp)[\s>]/g) ?? []).length;
    }
    return { shapes, charts };
  } catch {
    return { shapes: 0, charts: 0 };
  }
}
