import { posix } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";

/** A package's parts by name, as text or bytes. */
export type Parts = Record<string, string | Uint8Array>;

/**
 * Zips parts in exactly the given order (fflate keeps insertion order), deflated.
 * @example zipParts({ "[Content_Types].xml": ct, "xl/workbook.xml": wb })
 */
export function zipParts(parts: Parts, order: readonly string[] = Object.keys(parts)): Uint8Array {
  const out: Record<string, Uint8Array> = {};
  for (const name of order) {
    const p = parts[name];
    if (p !== undefined) out[name] = typeof p === "string" ? strToU8(p) : p;
  }
  return zipSync(out, { level: 6 });
}

/** The parts of a zip, by name. */
export function unzipParts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/**
 * Rewrites a zip with its entries reordered: `workbook.xml` last as openpyxl writes it, or in a
 * shuffled order from a seed.
 * @example reorder(bytes, "workbook-last")
 */
export function reorder(bytes: Uint8Array, how: "workbook-last" | "reversed" | number): Uint8Array {
  const parts = unzipParts(bytes);
  let names = Object.keys(parts);
  if (how === "workbook-last")
    names = [
      ...names.filter((n) => !/workbook\.xml$/.test(n)),
      ...names.filter((n) => /workbook\.xml$/.test(n)),
    ];
  else if (how === "reversed") names = [...names].reverse();
  else {
    let seed = how;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    names = [...names].sort(() => rand() - 0.5);
    for (let i = names.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [names[i], names[j]] = [names[j]!, names[i]!];
    }
  }
  return zipParts(parts, names);
}

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * A minimal hand-written .xlsx: one or more sheets given as their `<sheetData>…` inner XML,
 * with optional shared strings, styles and workbook properties — for cases ExcelJS cannot write.
 * @example handMade({ sheets: { Program: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' } })
 */
export function handMade(opts: {
  sheets: Record<string, string>;
  strings?: string;
  styles?: string;
  workbookPr?: string;
  sheetPath?: (i: number) => string;
}): Parts {
  const names = Object.keys(opts.sheets);
  const path = opts.sheetPath ?? ((i: number) => `worksheets/sheet${i + 1}.xml`);
  const parts: Parts = {
    "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0"?><workbook ${NS}>${opts.workbookPr ?? ""}<sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((_n, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${path(i)}"/>`).join("")}${opts.strings ? `<Relationship Id="rS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ""}${opts.styles ? `<Relationship Id="rT" Type="${REL}/styles" Target="styles.xml"/>` : ""}</Relationships>`,
  };
  names.forEach((n, i) => {
    const target = path(i);
    const name = target.startsWith("/") ? target.slice(1) : posix.normalize(`xl/${target}`);
    parts[name] = `<?xml version="1.0"?><worksheet ${NS}>${opts.sheets[n]}</worksheet>`;
  });
  if (opts.strings) parts["xl/sharedStrings.xml"] = `<?xml version="1.0"?><sst ${NS}>${opts.strings}</sst>`;
  if (opts.styles)
    parts["xl/styles.xml"] = `<?xml version="1.0"?><styleSheet ${NS}>${opts.styles}</styleSheet>`;
  return parts;
}
