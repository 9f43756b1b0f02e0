import { nameKey } from "../text";
import type { SheetData, WorkbookData } from "../sheet";
import type { PlanValue, WorkbookPlan } from "./types";

/**
 * The cell values a workbook will hold once a plan is applied, without a host: sheet modes,
 * `copyOf` and blocks (a formula as its expected `result`). Number formats of cells that were
 * there are kept. Lets an action check what it wrote without reading the workbook again.
 * @param workbook the values before
 * @param plan what is written
 * @returns the values after (the input is not changed)
 * @example checkWorkbook(dataAfterPlan(read.workbook, plan))
 */
export function dataAfterPlan(workbook: WorkbookData, plan: WorkbookPlan): WorkbookData {
  const sheets: { name: string; values: unknown[][]; numberFormats?: SheetData["numberFormats"] }[] =
    workbook.sheets.map((s) => ({
      name: s.name,
      values: s.values.map((r) => [...r]),
      ...(s.numberFormats ? { numberFormats: s.numberFormats } : {}),
    }));
  const find = (name: string) => sheets.findIndex((s) => nameKey(s.name) === nameKey(name));
  for (const p of plan.sheets) {
    let at = find(p.name);
    if (at >= 0 && p.mode === "create") continue;
    if (at < 0 || p.mode === "replace") {
      const source = p.copyOf !== undefined ? sheets[find(p.copyOf)] : undefined;
      const fresh = { name: p.name, values: (source?.values ?? []).map((r) => [...r]) };
      if (at >= 0) sheets[at] = fresh;
      else at = sheets.push(fresh) - 1;
    }
    const sheet = sheets[at]!;
    for (const b of p.blocks ?? []) {
      b.values.forEach((row, r) => {
        const target = (sheet.values[b.row + r] ??= []);
        row.forEach((v, c) => (target[b.col + c] = plain(v)));
      });
    }
    // Rows a block skipped over are empty, not holes.
    for (let r = 0; r < sheet.values.length; r++) sheet.values[r] ??= [];
  }
  return { sheets };
}

function plain(v: PlanValue): unknown {
  return v !== null && typeof v === "object" ? (v.result ?? null) : v;
}
