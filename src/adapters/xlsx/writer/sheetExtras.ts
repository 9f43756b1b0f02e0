import type { PlanValue, PrintPlan, SheetPlan, TablePlan } from "../../../core/plans/types";
import { cellText } from "../../../core/text";
import { bounds, rangeAddress } from "../planCells";
import { xmlAttr, xmlText } from "./xmlText";

/**
 * The parts of a sheet after its cells and scales, in SpreadsheetML's order: merges, data
 * validations, page margins, page setup, header/footer and manual breaks. (Merges come before
 * the conditional formats: `mergeCellsXml` is separate for that.)
 * @example printXml({ name: "A", mode: "replace", print: { landscape: true } })
 */
export function printXml(plan: SheetPlan): string {
  const p: PrintPlan | undefined = plan.print;
  const m = p?.margins;
  const margins = m
    ? `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`
    : '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  if (!p) return margins;
  const setup = [
    p.paperSize ? ` paperSize="${p.paperSize === "A3" ? 8 : 9}"` : "",
    p.scale !== undefined ? ` scale="${Math.round(p.scale)}"` : "",
    p.scale === undefined && (p.fitToWidth || p.pagesWide)
      ? ` fitToWidth="${p.pagesWide ?? 1}" fitToHeight="0"`
      : "",
    p.landscape ? ' orientation="landscape"' : "",
  ].join("");
  const header = p.header ? `<oddHeader>&amp;C${xmlText(p.header.replace(/&/g, "&&"))}</oddHeader>` : "";
  const footer = p.pageNumbers !== false ? "<oddFooter>&amp;C&amp;P / &amp;N</oddFooter>" : "";
  const breaks = (tag: string, at: readonly number[] | undefined, max: number) =>
    at && at.length > 0
      ? `<${tag} count="${at.length}" manualBreakCount="${at.length}">${at.map((i) => `<brk id="${i}" max="${max}" man="1"/>`).join("")}</${tag}>`
      : "";
  return (
    margins +
    (setup ? `<pageSetup${setup}/>` : "") +
    (header || footer ? `<headerFooter>${header}${footer}</headerFooter>` : "") +
    breaks("rowBreaks", p.rowBreaks, 16383) +
    breaks("colBreaks", p.colBreaks, 1048575)
  );
}

/** `<sheetPr>`: the tab colour and whether the page setup fits to pages. */
export function sheetPrXml(plan: SheetPlan, tab: string | undefined): string {
  const fit = plan.print && plan.print.scale === undefined && (plan.print.fitToWidth || plan.print.pagesWide);
  if (!tab && !fit) return "";
  return `<sheetPr>${tab ? `<tabColor rgb="${tab}"/>` : ""}${fit ? '<pageSetUpPr fitToPage="1"/>' : ""}</sheetPr>`;
}

/** `<mergeCells>` of the plan's merges. */
export function mergeCellsXml(plan: SheetPlan): string {
  const merges = plan.merges ?? [];
  if (merges.length === 0) return "";
  return `<mergeCells count="${merges.length}">${merges.map((r) => `<mergeCell ref="${rangeAddress(r)}"/>`).join("")}</mergeCells>`;
}

/** `<dataValidations>` of the plan's drop-down lists. */
export function validationsXml(plan: SheetPlan): string {
  const list = plan.validations ?? [];
  if (list.length === 0) return "";
  const items = list.map((v) => {
    const formula = Array.isArray(v.list)
      ? `"${(v.list as readonly string[]).join(",").replace(/"/g, '""')}"`
      : (v.list as { formula: string }).formula.replace(/^=/, "");
    const style = v.allowOther ? ' errorStyle="warning"' : "";
    return `<dataValidation type="list" allowBlank="1" showErrorMessage="1"${style} sqref="${rangeAddress(v.range)}"><formula1>${xmlText(formula)}</formula1></dataValidation>`;
  });
  return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}

/**
 * A table part (`xl/tables/tableN.xml`): its columns are named by the header row's text, as
 * Excel requires (a missing or repeated name gets a `ColumnN` of its own).
 * @param table the plan's table
 * @param header the values of its header row
 * @param id the table's number in the workbook
 */
export function tableXml(table: TablePlan, header: readonly (PlanValue | undefined)[], id: number): string {
  const b = bounds(table.range);
  const ref = rangeAddress(table.range);
  const seen = new Set<string>();
  const names: string[] = [];
  for (let c = b.left; c <= b.right; c++) {
    const v = header[c];
    let name = v === null || v === undefined || typeof v === "object" ? "" : cellText(v);
    if (name === "" || seen.has(name.toLowerCase())) name = `Column${c - b.left + 1}`;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  const cols = names.map((n, i) => `<tableColumn id="${i + 1}" name="${xmlAttr(n)}"/>`).join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${xmlAttr(table.name)}" displayName="${xmlAttr(table.name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${names.length}">${cols}</tableColumns>` +
    `<tableStyleInfo name="${xmlAttr(table.style ?? "TableStyleLight9")}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/** The print titles of a sheet as a workbook defined name, or "". */
export function printTitlesXml(plan: SheetPlan, index: number): string {
  const rows = plan.print?.repeatRows;
  if (!rows) return "";
  const sheet = `'${plan.name.replace(/'/g, "''")}'`;
  return `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${xmlText(`${sheet}!$${rows[0] + 1}:$${rows[1] + 1}`)}</definedName>`;
}
