import type ExcelJS from "exceljs";
import { a1 } from "../../core/a1";
import type { ConditionalFormatPlan, ValidationPlan } from "../../core/plans/types";
import { argb, bounds, rangeAddress, type PlanWarnings } from "./planCells";

/** ExcelJS has `dataValidations` on every worksheet, but its typings omit it. */
interface Validated {
  readonly dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/** Excel refuses a literal list longer than this (the characters between the quotes). */
const MAX_LIST_CHARS = 255;

/**
 * Adds drop-down lists: a fixed list of values, or a formula giving the list (e.g. another
 * sheet's Kode column). With `allowOther`, a value outside the list only warns (Excel's
 * "Warning" style), which suits pasted data.
 * @param ws the worksheet
 * @param validations the plan's validations
 * @param warnings collects what could not be written
 * @example applyValidations(ws, [{ range: { row: 1, col: 5, rows: 500 }, list: ["Positif", "Negatif"] }], []);
 */
export function applyValidations(
  ws: ExcelJS.Worksheet,
  validations: readonly ValidationPlan[],
  warnings: PlanWarnings,
): void {
  for (const v of validations) {
    const formula = listFormula(v.list);
    if (formula === undefined) {
      warnings.push({
        sheet: ws.name,
        message: {
          id: `Daftar pilihan di ${rangeAddress(v.range)} terlalu panjang untuk Excel (maks. ${MAX_LIST_CHARS} karakter); dilewati.`,
          en: `The drop-down list at ${rangeAddress(v.range)} is too long for Excel (max. ${MAX_LIST_CHARS} characters); skipped.`,
        },
      });
      continue;
    }
    (ws as unknown as Validated).dataValidations.add(rangeAddress(v.range), {
      type: "list",
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: v.allowOther ? "warning" : "stop",
    });
  }
}

/** The list as a validation formula (without "="): `"A,B"` for fixed values. */
function listFormula(list: ValidationPlan["list"]): string | undefined {
  if (!Array.isArray(list)) {
    const f = (list as { formula: string }).formula.trim();
    return f.startsWith("=") ? f.slice(1) : f;
  }
  // A literal list cannot hold a comma (it separates the items) or a double quote.
  const items = (list as readonly string[]).map((s) => s.replace(/[",]/g, " ").trim());
  const joined = items.join(",");
  return joined.length > MAX_LIST_CHARS ? undefined : `"${joined}"`;
}

/**
 * Adds conditional fills: a cell whose text equals a rule's value gets its fill (and font
 * colour). Written as expression rules (`C5="Tinggi"`), not "contains text", so that
 * "Sangat Tinggi" is not also coloured as "Tinggi".
 * @param ws the worksheet
 * @param formats the plan's conditional formats
 * @example applyConditionalFormats(ws, [{ range: { row: 4, col: 8, rows: 50 }, rules: [{ equals: "Tinggi", fill: "#C6EFCE" }] }]);
 */
export function applyConditionalFormats(
  ws: ExcelJS.Worksheet,
  formats: readonly ConditionalFormatPlan[],
): void {
  for (const cf of formats) {
    const b = bounds(cf.range);
    const topLeft = a1(b.top, b.left);
    const rules: ExcelJS.ConditionalFormattingRule[] = [];
    for (const rule of cf.rules) {
      const fill = argb(rule.fill);
      const font = argb(rule.fontColor);
      const style: Partial<ExcelJS.Style> = {};
      if (fill)
        style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill }, bgColor: { argb: fill } };
      if (font) style.font = { color: { argb: font } };
      rules.push({
        type: "expression",
        // 0 lets ExcelJS number the rules after the sheet's existing ones.
        priority: 0,
        formulae: [`${topLeft}="${rule.equals.replace(/"/g, '""')}"`],
        style,
      });
    }
    if (rules.length > 0) ws.addConditionalFormatting({ ref: rangeAddress(cf.range), rules });
  }
}
