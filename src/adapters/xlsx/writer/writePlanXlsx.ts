import type { FileHandle } from "node:fs/promises";
import type { PlanValue, SheetPlan, WorkbookPlan } from "../../../core/plans/types";
import { nameKey } from "../../../core/text";
import { withAtomicFile } from "../atomicWrite";
import { SharedStrings } from "./sharedStrings";
import { printTitlesXml, tableXml } from "./sheetExtras";
import { sheetXml } from "./sheetXml";
import { StyleTable } from "./styleTable";
import { xmlAttr } from "./xmlText";
import { ZipWriter } from "./zipWriter";

/** What this writer cannot write (the full ExcelJS writer, `applyPlan`, can). */
const UNSUPPORTED = ["copyOf", "conditionalFormats", "shapes"] as const;

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/**
 * Writes a plan for a NEW workbook straight as SpreadsheetML (Node only), without ExcelJS:
 * for the 80,000-row Pemda workbook (SPEC §9, §11) it writes the XML as text and deflates each
 * part on libuv's thread pool, a fraction of ExcelJS's time per cell. It writes values (a plain
 * string always as text), formats (font, fill, border, number format, alignment), column
 * widths, row heights, frozen panes, tab colours, merges, colour scales / data bars, drop-down
 * lists, page setup and tables; a plan with more (text-equals conditional formats, shapes,
 * sheet copies) is refused with an error, so nothing is dropped silently. The file is written
 * atomically (`withAtomicFile`: temp file, fsync, rename; a failure leaves `path` as it was).
 * @param plan the plan (every sheet is created, in order; `activate` is the active sheet)
 * @param path where to write
 * @example await writePlanXlsx(gabungPlan(input, opts).plan, "pemda.xlsx");
 */
export async function writePlanXlsx(plan: WorkbookPlan, path: string): Promise<void> {
  for (const sheet of plan.sheets) {
    const extra = UNSUPPORTED.filter((k) => sheet[k] !== undefined);
    if (extra.length > 0)
      throw new Error(`writePlanXlsx cannot write ${extra.join(", ")} (sheet ${sheet.name})`);
  }
  await withAtomicFile(path, (fh) => writeZip(plan, fh));
}

/** Writes the whole package through `fh`, part by part. */
async function writeZip(plan: WorkbookPlan, fh: FileHandle): Promise<void> {
  const zip = new ZipWriter(fh);
  const strings = new SharedStrings();
  const styles = new StyleTable();
  const sheets = plan.sheets;
  const active = Math.max(
    0,
    sheets.findIndex((s) => nameKey(s.name) === nameKey(plan.activate?.sheet ?? "")),
  );
  const tableCount = sheets.filter((s) => s.table).length;
  await zip.add("[Content_Types].xml", Buffer.from(contentTypes(sheets.length, tableCount)));
  await zip.add("_rels/.rels", Buffer.from(rels([["officeDocument", "xl/workbook.xml"]])));
  await zip.add("xl/workbook.xml", Buffer.from(workbookXml(sheets, active)));
  const parts = sheets.map((_, i): [string, string] => ["worksheet", `worksheets/sheet${i + 1}.xml`]);
  const more: [string, string][] = [
    ["styles", "styles.xml"],
    ["sharedStrings", "sharedStrings.xml"],
  ];
  await zip.add("xl/_rels/workbook.xml.rels", Buffer.from(rels([...parts, ...more])));
  // Each sheet's text is dropped once deflated: the strings table is the only thing kept.
  let tables = 0;
  for (const [i, sheet] of sheets.entries()) {
    const xml = sheetXml(sheet, strings, styles, i === active);
    await zip.add(`xl/worksheets/sheet${i + 1}.xml`, Buffer.from(xml));
    if (!sheet.table) continue;
    const id = ++tables;
    const target: [string, string] = ["table", `../tables/table${id}.xml`];
    await zip.add(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, Buffer.from(rels([target])));
    await zip.add(`xl/tables/table${id}.xml`, Buffer.from(tableXml(sheet.table, headerOf(sheet), id)));
  }
  await zip.add("xl/styles.xml", Buffer.from(styles.xml()));
  await zip.add("xl/sharedStrings.xml", Buffer.from(strings.xml()));
  await zip.finish();
}

/** The values of a sheet's table's header row, by column. */
function headerOf(sheet: SheetPlan): (PlanValue | undefined)[] {
  const row = sheet.table?.range.row ?? 0;
  const header: (PlanValue | undefined)[] = [];
  for (const b of sheet.blocks ?? []) {
    const vals = b.values[row - b.row];
    vals?.forEach((v, j) => (header[b.col + j] = v));
  }
  return header;
}

function contentTypes(sheets: number, tables: number): string {
  const over = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  return (
    XML +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    over("xl/workbook.xml", `${MAIN}.sheet.main+xml`) +
    Array.from({ length: sheets }, (_, i) =>
      over(`xl/worksheets/sheet${i + 1}.xml`, `${MAIN}.worksheet+xml`),
    ).join("") +
    Array.from({ length: tables }, (_, i) => over(`xl/tables/table${i + 1}.xml`, `${MAIN}.table+xml`)).join(
      "",
    ) +
    over("xl/styles.xml", `${MAIN}.styles+xml`) +
    over("xl/sharedStrings.xml", `${MAIN}.sharedStrings+xml`) +
    "</Types>"
  );
}

function rels(targets: readonly [string, string][]): string {
  const items = targets.map(
    ([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${REL}/${type}" Target="${target}"/>`,
  );
  return `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join("")}</Relationships>`;
}

function workbookXml(sheets: readonly SheetPlan[], active: number): string {
  const list = sheets.map(
    (s, i) => `<sheet name="${xmlAttr(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
  );
  const titles = sheets.map((s, i) => printTitlesXml(s, i)).join("");
  return (
    XML +
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
    `<bookViews><workbookView activeTab="${active}"/></bookViews>` +
    `<sheets>${list.join("")}</sheets>` +
    (titles ? `<definedNames>${titles}</definedNames>` : "") +
    "</workbook>"
  );
}
