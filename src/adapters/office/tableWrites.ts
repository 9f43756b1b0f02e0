import { grownBottom, type TableBounds } from "../../core/plans/tableGrowth";
import type { SheetPlan } from "../../core/plans/types";
import { nameKey } from "../../core/text";
import type { OfficeCapabilities } from "./capabilities";
import { bytesOf, type SheetGetter, type Write } from "./writes";

/** A table of the workbook as read before a write: its sheet, name and place. */
export interface OfficeTable {
  readonly sheet: string;
  readonly name: string;
  readonly bounds: TableBounds;
}

/**
 * Resizes the tables an update plan writes directly below (ExcelApi 1.13), so appended rows are
 * table rows. Excel desktop often grows a table by itself when values land just below it; the
 * resize makes it certain (and is harmless when it already grew). Older Excel: nothing queued.
 * @param sheet the plan's sheet, once found
 * @param plan an `update` plan (others write no rows under an existing table)
 * @param tables every table read before the write
 * @returns the resize writes (queued in the plan's last batch with the values)
 * @example tableResizeWrites(sheet, plan, [{ sheet: "Program", name: "tbl_Program", bounds }], caps)
 */
export function tableResizeWrites(
  sheet: SheetGetter,
  plan: SheetPlan,
  tables: readonly OfficeTable[],
  caps: OfficeCapabilities,
): Write[] {
  if (plan.mode !== "update" || !plan.blocks || !caps.excelApi(13)) return [];
  const writes: Write[] = [];
  for (const table of tables) {
    if (nameKey(table.sheet) !== nameKey(plan.name)) continue;
    const b = table.bounds;
    const bottom = grownBottom(b, plan.blocks);
    if (bottom === b.bottom) continue;
    writes.push({
      bytes: bytesOf(table),
      queue: () =>
        sheet()
          .tables.getItem(table.name)
          .resize(sheet().getRangeByIndexes(b.top, b.left, bottom - b.top + 1, b.right - b.left + 1)),
    });
  }
  return writes;
}
