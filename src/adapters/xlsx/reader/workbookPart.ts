import { stop } from "./refusal";
import { walkXml } from "./walkXml";
import type { Relationship, XlsxPackage } from "./xlsxPackage";

/** What the reader needs of workbook.xml and its relationships. */
export interface WorkbookPart {
  /** The worksheets in tab order, each with its part's name. Chart and dialog sheets are left out. */
  readonly sheets: readonly { readonly name: string; readonly part: string }[];
  readonly date1904: boolean;
  readonly sharedStrings?: string;
  readonly styles?: string;
}

const MAIN_TYPES =
  /spreadsheetml\.(sheet|template)\.main\+xml$|ms-excel\.(sheet|template)\.macroEnabled\.main\+xml$/;
/** Sheet kinds that hold no cell values the core reads; ExcelJS skips them too. */
const NOT_WORKSHEETS = new Set([
  "chartsheet",
  "dialogsheet",
  "macrosheet",
  "xlMacrosheet",
  "xlIntlMacrosheet",
]);

/**
 * Finds and reads the workbook part: through the package relationships and
 * [Content_Types].xml, so any part name works. A zip without a spreadsheet workbook (a .docx,
 * an .ods, any other zip) is refused as `not-xlsx`; strict OOXML as `unsupported`.
 * @example readWorkbookPart(pkg).sheets.map((s) => s.name)
 */
export function readWorkbookPart(pkg: XlsxPackage): WorkbookPart {
  const path = workbookPath(pkg);
  const xml = pkg.text(path);
  const rels = new Map(pkg.relationships(path).map((r) => [r.id, r]));
  const sheets: { name: string; part: string }[] = [];
  let date1904 = false;
  walkXml(xml, {
    open(name, a) {
      if (name === "workbook" && Object.values(a).some((v) => v.startsWith("http://purl.oclc.org/ooxml/"))) {
        stop("unsupported", "berformat Strict Open XML", "it is Strict Open XML");
      }
      if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
      if (name !== "sheet") return;
      const rel = a.id === undefined ? undefined : rels.get(a.id);
      if (!rel || rel.external)
        stop("invalid", `lembar '${a.name}' tidak punya bagian`, `sheet '${a.name}' has no part`);
      if (NOT_WORKSHEETS.has(rel.type)) return;
      if (rel.type !== "worksheet") {
        stop(
          "unsupported",
          `lembar '${a.name}' berjenis ${rel.type}`,
          `sheet '${a.name}' is of kind ${rel.type}`,
        );
      }
      if (!pkg.entry(rel.target))
        stop("invalid", `bagian ${rel.target} tidak ada`, `part ${rel.target} is missing`);
      sheets.push({ name: a.name ?? "", part: rel.target });
    },
  });
  const byType = (type: string): Relationship | undefined =>
    [...rels.values()].find((r) => r.type === type && !r.external && pkg.entry(r.target));
  return {
    sheets,
    date1904,
    sharedStrings: byType("sharedStrings")?.target,
    styles: byType("styles")?.target,
  };
}

function workbookPath(pkg: XlsxPackage): string {
  if (!pkg.entry("[Content_Types].xml")) notXlsx();
  const overrides = new Map<string, string>();
  walkXml(pkg.text("[Content_Types].xml"), {
    open(name, a) {
      if (name === "Override" && a.PartName && a.ContentType) {
        overrides.set(a.PartName.replace(/^\//, "").toLowerCase(), a.ContentType);
      }
    },
  });
  const office = pkg.relationships("").find((r) => r.type === "officeDocument" && !r.external);
  const candidates = office ? [office.target] : ["xl/workbook.xml"];
  for (const part of candidates) {
    const type = overrides.get(part.toLowerCase());
    if (pkg.entry(part) && type && MAIN_TYPES.test(type)) return part;
  }
  return notXlsx();
}

function notXlsx(): never {
  return stop("not-xlsx", "tidak berisi buku kerja Excel", "it holds no Excel workbook");
}
