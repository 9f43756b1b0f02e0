import type { PlanValue, SheetPlan, WorkbookPlan } from "../../core/plans/types";
import { nameKey } from "../../core/text";
import type { UsedCells } from "./importRead";

/**
 * For Excel without `worksheet.copy` (before ExcelApi 1.10): every `copyOf` of the plan becomes a
 * block of the source's values and formulas, as read before (formats are not copied then).
 * A cell whose formula text equals its value is a constant (text that looks like a formula
 * stays text); any other formula is written as one, with its value as the cached result.
 * @param plan the plan to rewrite
 * @param cells the used cells of the read sheets, by name key
 * @returns the plan with no `copyOf` left
 * @example copyAsBlocks(plan, read.cells).sheets[0]?.blocks
 */
export function copyAsBlocks(plan: WorkbookPlan, cells: ReadonlyMap<string, UsedCells>): WorkbookPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((sheet): SheetPlan => {
      if (sheet.copyOf === undefined) return sheet;
      const { copyOf, ...rest } = sheet;
      const used = cells.get(nameKey(copyOf));
      if (!used) return rest;
      const values = used.values.map((row, r) => row.map((v, c) => cellOf(v, used.formulas[r]?.[c])));
      return { ...rest, blocks: [{ row: used.top, col: used.left, values }, ...(sheet.blocks ?? [])] };
    }),
  };
}

function cellOf(value: unknown, formula: unknown): PlanValue {
  const result =
    typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : null;
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value)
    return result === null || result === "" ? { formula } : { formula, result };
  return result === "" ? null : result;
}
