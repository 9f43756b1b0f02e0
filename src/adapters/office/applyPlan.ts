import type { SheetPlan, WorkbookPlan } from "../../core/plans/types";
import { nameKey } from "../../core/text";
import { hostCapabilities, WEB_PAYLOAD_LIMIT, type OfficeCapabilities } from "./capabilities";
import { blockWrites } from "./cellWrites";
import { formatWrite } from "./formatWrites";
import { shapeWrites } from "./shapeWrites";
import { scaleWrites } from "./scaleWrites";
import { layoutWrites } from "./sheetWrites";
import { tableResizeWrites, type OfficeTable } from "./tableWrites";
import { NO_TEXT_CELLS, type TextCells } from "./textCells";
import { groupWrites, rangeOf, type Write } from "./writes";

/** Bytes per sync when the host does not say (Excel on the web's limit, the safe choice). */
export const DEFAULT_PAYLOAD_LIMIT = WEB_PAYLOAD_LIMIT;

export interface ApplyOptions {
  /** The workbook's sheet names, when a read already has them (saves a sync). */
  readonly existingSheets?: readonly string[];
  /** Bytes per sync (see {@link DEFAULT_PAYLOAD_LIMIT}); tests use a small one. */
  readonly payloadLimit?: number;
  /** Defaults to what the running Excel reports. */
  readonly capabilities?: OfficeCapabilities;
  /** The workbook's tables, when a read has them: rows written just below one join it (1.13). */
  readonly tables?: readonly OfficeTable[];
  /** The cells formatted as text when the workbook was read: text goes into them without `'`. */
  readonly textCells?: TextCells;
}

export interface ApplyResult {
  /** `context.sync()` calls made: one per payload chunk, plus one when sheet names were unknown. */
  readonly syncs: number;
  /** True when the plan's shapes were drawn (ExcelApi 1.9), false when the cells fallback stands. */
  readonly shapesDrawn: boolean;
}

/**
 * Applies a write plan: everything is queued as whole ranges and sent in one sync, or one per
 * chunk when the payload is over Excel on the web's limit. A sheet with `copyOf` is that
 * sheet's copy (ExcelApi 1.10; older Excel gets an empty sheet: callers turn the copy into
 * blocks first, see `copyAsBlocks`).
 * @param context the request context of the running `Excel.run`
 * @param plan what to write (sheets in order, then what to activate)
 * @param options see {@link ApplyOptions}
 * @returns how many syncs it took and whether shapes were drawn
 * @example await applyOfficePlan(context, { sheets: [reportPlan(findings, "id", new Date())] }, { existingSheets });
 */
export async function applyOfficePlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const caps = options.capabilities ?? hostCapabilities();
  // Only Excel on the web limits a request's size: desktop Excel writes any plan in one sync.
  const limit = options.payloadLimit ?? caps.payloadLimit ?? DEFAULT_PAYLOAD_LIMIT;
  let syncs = 0;
  let existing = options.existingSheets;
  if (!existing) {
    // Replace and create need to know which sheets exist; without a read, ask once.
    const all = context.workbook.worksheets;
    all.load("items/name");
    await context.sync();
    syncs++;
    existing = all.items.map((ws) => ws.name);
  }

  const names = new Map(existing.map((n) => [nameKey(n), n]));
  const shapesDrawn = caps.excelApi(9);
  const tables = options.tables ?? [];
  const where = { tables, textCells: options.textCells ?? NO_TEXT_CELLS };
  const writes = plan.sheets.flatMap((sheet, i) =>
    // A sheet an earlier part of the plan already changed may no longer have the formats read.
    sheetWrites(context, sheet, names, caps, limit, {
      ...where,
      textCells: plan.sheets.slice(0, i).some((s) => nameKey(s.name) === nameKey(sheet.name))
        ? NO_TEXT_CELLS
        : where.textCells,
    }),
  );
  const activate = plan.activate;
  if (activate) {
    writes.push({
      bytes: 300,
      queue: () => {
        const ws = context.workbook.worksheets.getItem(activate.sheet);
        ws.activate();
        if (activate.range) rangeOf(ws, activate.range).select();
      },
    });
  }

  for (const batch of groupWrites(writes, limit)) {
    for (const w of batch) w.queue();
    // One sync per payload chunk: the count grows only with the size of what is written,
    // never with the number of cells or rows, and a plan under the limit is one sync.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    syncs++;
  }
  return { syncs, shapesDrawn: shapesDrawn && plan.sheets.some((s) => s.shapes) };
}

/** The writes of one sheet, starting with the one that deletes, creates or finds it. */
function sheetWrites(
  context: Excel.RequestContext,
  plan: SheetPlan,
  names: Map<string, string>,
  caps: OfficeCapabilities,
  limit: number,
  { tables, textCells }: { tables: readonly OfficeTable[]; textCells: TextCells },
): Write[] {
  const key = nameKey(plan.name);
  const current = names.get(key);
  if (plan.mode === "create" && current !== undefined) return [];

  let ws: Excel.Worksheet | undefined;
  const sheet = () => {
    if (!ws) throw new Error(`Pokin: sheet ${plan.name} used before it was created`);
    return ws;
  };
  const worksheets = context.workbook.worksheets;
  const open: Write = {
    bytes: 300,
    queue: () => {
      if (plan.mode === "replace" && current !== undefined) worksheets.getItem(current).delete();
      if (plan.mode === "update" && current !== undefined) ws = worksheets.getItem(current);
      else if (plan.copyOf && caps.excelApi(10)) {
        // A whole copy (formulas, formats, merges, tables renamed by Excel), then its name.
        ws = worksheets.getItem(plan.copyOf).copy("End");
        ws.name = plan.name;
      } else ws = worksheets.add(plan.name);
      if (plan.tabColor) ws.tabColor = plan.tabColor;
      // showGridlines is ExcelApi 1.8; older Excel keeps its gridlines.
      if (plan.showGridlines !== undefined && caps.excelApi(8)) ws.showGridlines = plan.showGridlines;
    },
  };
  names.set(key, plan.name);
  // Only cells that stay where they were read keep their formats: an updated sheet's.
  const updated = plan.mode === "update" ? current : undefined;
  const isText = (row: number, col: number) => updated !== undefined && textCells.has(updated, row, col);

  // Values first: formats, merges and the table then apply to cells that hold their content
  // (a table takes its column names from the header row as it is when it is added).
  return [
    open,
    ...(plan.blocks ?? []).flatMap((b) => blockWrites(sheet, b, Math.floor(limit / 2), isText)),
    ...(plan.formats ?? []).map((f) => formatWrite(sheet, f)),
    ...layoutWrites(sheet, plan, caps),
    ...scaleWrites(sheet, plan),
    ...(plan.shapes && caps.excelApi(9) ? shapeWrites(sheet, plan.shapes) : []),
    ...tableResizeWrites(sheet, plan, tables, caps),
  ];
}
