import type { PlanValue, RangeRef, SheetPlan, WorkbookPlan } from "../../core/plans/types";
import type { WorkbookData } from "../../core/sheet";
import { nameKey } from "../../core/text";
import { MemorySheet } from "./MemorySheet";

/** Characters Excel refuses in a sheet name. */
const BAD_NAME = /[[\]:*?/\\]/;

/**
 * An in-memory workbook that applies WorkbookPlans as Excel would: replace/create/update
 * modes, whole blocks of values (a plain string is always text, formulas are `{ formula }`),
 * formats, merges and sheet settings; `copyOf` copies a sheet whole (but its table) first.
 * Used by tests of plans and by the import.
 * It does not calculate: a formula reads back as its `result` in `toData()`.
 */
export class MemoryWorkbook {
  readonly sheets: MemorySheet[] = [];
  activated?: { sheet: string; range?: RangeRef };

  /**
   * A workbook holding these sheets' values.
   * @example MemoryWorkbook.from({ sheets: [{ name: "A", values: [[1]] }] }).sheet("a")?.value(0, 0) // 1
   */
  static from(data: WorkbookData): MemoryWorkbook {
    const wb = new MemoryWorkbook();
    for (const s of data.sheets) {
      const sheet = wb.add(s.name);
      s.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null && v !== undefined && v !== "") sheet.setValue(r, c, toPlanValue(v));
        }),
      );
    }
    return wb;
  }

  /** The sheet with this name, matched case- and space-insensitively as SPEC §3 says. */
  sheet(name: string): MemorySheet | undefined {
    const key = nameKey(name);
    return this.sheets.find((s) => nameKey(s.name) === key);
  }

  /** Applies a plan's sheets in order; throws on what Excel would refuse (bad names, merge overlaps). */
  apply(plan: WorkbookPlan): void {
    for (const sp of plan.sheets) this.applySheet(sp);
    if (plan.activate) this.activated = plan.activate;
  }

  /** The values as the core reads them (formulas as their expected result). */
  toData(): WorkbookData {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        values: s.values.map((row) =>
          row.map((v) => (v !== null && typeof v === "object" ? (v.result ?? null) : v)),
        ),
      })),
    };
  }

  private add(name: string, at = this.sheets.length): MemorySheet {
    if (name.trim() === "" || name.length > 31 || BAD_NAME.test(name) || name.startsWith("'")) {
      throw new Error(`Excel does not allow the sheet name '${name}'.`);
    }
    if (this.sheet(name)) throw new Error(`A sheet named '${name}' already exists.`);
    const sheet = new MemorySheet(name);
    this.sheets.splice(at, 0, sheet);
    return sheet;
  }

  private applySheet(plan: SheetPlan): void {
    let sheet = this.sheet(plan.name);
    if (sheet && plan.mode === "create") return;
    if (sheet && plan.mode === "replace") {
      // A generated sheet is rebuilt whole, in the same tab position.
      const at = this.sheets.indexOf(sheet);
      this.sheets.splice(at, 1);
      sheet = this.add(plan.name, at);
    }
    if (!sheet && plan.copyOf) {
      const source = this.sheet(plan.copyOf);
      if (!source) throw new Error(`There is no sheet '${plan.copyOf}' to copy.`);
      sheet = this.add(plan.name);
      copyInto(source, sheet);
    }
    sheet ??= this.add(plan.name);
    if (plan.tabColor !== undefined) sheet.tabColor = plan.tabColor;
    for (const block of plan.blocks ?? []) {
      block.values.forEach((row, r) =>
        row.forEach((v, c) => sheet.setValue(block.row + r, block.col + c, v)),
      );
    }
    for (const f of plan.formats ?? []) sheet.applyFormat(f);
    for (const m of plan.merges ?? []) sheet.merge(m);
    for (const w of plan.columnWidths ?? []) sheet.columnWidths.set(w.col, w.width);
    for (const h of plan.rowHeights ?? []) sheet.rowHeights.set(h.row, h.height);
    if (plan.freeze) sheet.freeze = { ...plan.freeze };
    if (plan.table) sheet.table = plan.table;
    sheet.validations.push(...(plan.validations ?? []));
    sheet.conditionalFormats.push(...(plan.conditionalFormats ?? []));
    if (plan.print) sheet.print = plan.print;
    if (plan.shapes) sheet.shapes = plan.shapes;
    if (plan.showGridlines !== undefined) sheet.showGridlines = plan.showGridlines;
  }
}

/** Everything but the table (table names are unique in a workbook), as Excel's sheet copy does. */
function copyInto(from: MemorySheet, to: MemorySheet): void {
  from.values.forEach((row, r) => row.forEach((v, c) => v !== null && to.setValue(r, c, v)));
  for (const [key, style] of from.styles) to.styles.set(key, structuredClone(style));
  to.merges.push(...from.merges);
  for (const [c, w] of from.columnWidths) to.columnWidths.set(c, w);
  for (const [r, h] of from.rowHeights) to.rowHeights.set(r, h);
  if (from.freeze) to.freeze = { ...from.freeze };
  to.validations.push(...from.validations);
  to.conditionalFormats.push(...from.conditionalFormats);
  if (from.print) to.print = from.print;
  if (from.tabColor) to.tabColor = from.tabColor;
  to.showGridlines = from.showGridlines;
}

function toPlanValue(v: unknown): PlanValue {
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString();
  return null;
}
