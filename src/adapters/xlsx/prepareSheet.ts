import type ExcelJS from "exceljs";
import type { SheetPlan } from "../../core/plans/types";
import { nameKey } from "../../core/text";
import { copyWorksheet } from "./copySheet";
import type { PlanWarnings } from "./planCells";

/** Finds a worksheet the way SPEC §3 matches names: case-insensitively, ignoring extra spaces. */
export function findWorksheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const key = nameKey(name);
  return wb.worksheets.find((ws) => nameKey(ws.name) === key);
}

/**
 * The sheet a sheet plan writes into: the existing one (`update`), a fresh one in the old one's
 * place (`replace`), a new one, empty or copied whole from `copyOf`; undefined when the plan
 * leaves it alone (`create` of an existing sheet) or it could not be made (with a warning).
 * @param wb the workbook
 * @param plan the sheet's plan
 * @param warnings where a sheet that could not be made is reported
 * @returns the worksheet to write into, if any
 * @example const ws = prepareSheet(wb, { name: "Program", mode: "update" }, warnings);
 */
export function prepareSheet(
  wb: ExcelJS.Workbook,
  plan: SheetPlan,
  warnings: PlanWarnings,
): ExcelJS.Worksheet | undefined {
  const existing = findWorksheet(wb, plan.name);
  if (existing && plan.mode !== "replace") return plan.mode === "update" ? existing : undefined;
  try {
    if (!existing) return plan.copyOf ? copyOf(wb, plan, warnings) : wb.addWorksheet(plan.name);
    // Replace keeps the tab where it was: the new sheet takes the old one's order number.
    const orderNo = (existing as unknown as { orderNo: number }).orderNo;
    wb.removeWorksheet(existing.id);
    const ws = wb.addWorksheet(plan.name);
    (ws as unknown as { orderNo: number }).orderNo = orderNo;
    return ws;
  } catch (err) {
    const why = err instanceof Error ? err.message.split("\n")[0] : String(err);
    warnings.push({
      sheet: plan.name,
      message: {
        id: `Lembar '${plan.name}' tidak dapat dibuat (${why}).`,
        en: `The sheet '${plan.name}' could not be created (${why}).`,
      },
    });
    return undefined;
  }
}

/** A new sheet copied whole from `plan.copyOf`; an empty one, with a warning, when that is missing. */
function copyOf(wb: ExcelJS.Workbook, plan: SheetPlan, warnings: PlanWarnings): ExcelJS.Worksheet {
  const source = findWorksheet(wb, plan.copyOf ?? "");
  if (source) return copyWorksheet(wb, source, plan.name);
  warnings.push({
    sheet: plan.name,
    message: {
      id: `Lembar '${plan.copyOf}' tidak ada; '${plan.name}' dibuat kosong.`,
      en: `There is no sheet '${plan.copyOf}'; '${plan.name}' was created empty.`,
    },
  });
  return wb.addWorksheet(plan.name);
}
