import type { CellEdit } from "../../core/live/cellEdit";
import { bound, isBig, parseBox, type Box } from "./changeBox";
import { runExcel, type RunOptions } from "./runAction";

/** What a burst of edits gives the live check: the changed blocks, or "read everything again". */
export type LiveBurst = { readonly kind: "edits"; readonly edits: CellEdit[] } | { readonly kind: "reread" };

export interface LiveWatchOptions extends RunOptions {
  /** Quiet time that ends a burst of edits (default 400 ms). */
  readonly debounceMs?: number;
  /** How far each sheet's data reaches (rows, columns) as the caller knows it, to bound whole-row/column changes. */
  readonly extentOf?: (sheet: string) => { readonly rows: number; readonly cols: number };
}

/** A running watch: `stop()` removes the handlers; `flush()` re-checks now (tests, the pane's close). */
export interface LiveWatch {
  stop(): Promise<void>;
  flush(): Promise<void>;
}

/** Changes that move rows or columns: the edited rows no longer sit where the model has them. */
const SHIFTS = new Set([
  "RowInserted",
  "RowDeleted",
  "ColumnInserted",
  "ColumnDeleted",
  "CellInserted",
  "CellDeleted",
]);

interface Change {
  readonly sheetId: string;
  readonly address: string;
  readonly changeType: string;
}

/**
 * Watches sheets for edits (SPEC §14; `Worksheet.onChanged`, ExcelApi 1.7 — the caller checks
 * support): edits are collected into bursts (a quiet time ends one), each burst's changed ranges
 * are read (one sync, two when a whole row or column changed) and handed to `onBurst`. Nothing is
 * written. An edit made while a burst is handled is kept for the next one.
 * @param sheetNames the level sheets and Pengaturan
 * @param onBurst what to do with a burst (the live check's re-check)
 * @returns the running watch (2 syncs to register)
 * @example const watch = await watchSheets(["Program"], (b) => live.apply(b.edits));
 */
export async function watchSheets(
  sheetNames: readonly string[],
  onBurst: (burst: LiveBurst) => void | Promise<void>,
  options: LiveWatchOptions = {},
): Promise<LiveWatch> {
  const names = new Map<string, string>();
  const pending: Change[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  const handle = (args: Excel.WorksheetChangedEventArgs) => {
    pending.push({ sheetId: args.worksheetId, address: args.address, changeType: args.changeType });
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void flush(), options.debounceMs ?? 400);
    return Promise.resolve();
  };
  const flush = async (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    while (running) await running;
    if (pending.length === 0) return;
    const burst = pending.splice(0);
    running = (async () => {
      if (burst.some((c) => SHIFTS.has(c.changeType))) return onBurst({ kind: "reread" });
      const edits = await runExcel((context) => readChanges(context, burst, names, options), options);
      await onBurst({ kind: "edits", edits });
    })().finally(() => (running = undefined));
    await running;
    if (pending.length > 0) await flush();
  };
  const handlers = await runExcel(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/id");
    await context.sync();
    const wanted = new Set(sheetNames.map((n) => n.toLowerCase()));
    const added = sheets.items
      .filter((ws) => wanted.has(ws.name.toLowerCase()))
      .map((ws) => {
        names.set(ws.id, ws.name);
        return ws.onChanged.add(handle);
      });
    await context.sync();
    return added;
  }, options);
  return {
    flush,
    stop: async () => {
      if (timer !== undefined) clearTimeout(timer);
      pending.length = 0;
      const first = handlers[0];
      if (!first) return;
      // Handlers are removed in the context that added them.
      await runExcel(async () => {
        handlers.forEach((h) => h.remove());
        await first.context.sync();
      }, options);
    },
  };
}

/** Reads a burst's changed ranges: values and number formats, bounded by the data. */
async function readChanges(
  context: Excel.RequestContext,
  burst: readonly Change[],
  names: ReadonlyMap<string, string>,
  options: LiveWatchOptions,
): Promise<CellEdit[]> {
  const blocks = burst
    .map((c) => ({ sheet: names.get(c.sheetId), box: parseBox(c.address) }))
    .filter((b): b is { sheet: string; box: Box } => b.sheet !== undefined && b.box !== undefined);
  const unbounded = [...new Set(blocks.filter((b) => isBig(b.box)).map((b) => b.sheet))];
  const used = new Map<string, Excel.Range>();
  for (const sheet of unbounded) {
    const range = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    used.set(sheet, range);
  }
  if (unbounded.length > 0) await context.sync();
  const reads = blocks.map(({ sheet, box }) => {
    const bounded = isBig(box) ? bound(box, used.get(sheet), options.extentOf?.(sheet)) : box;
    if (!bounded) return undefined;
    const range = context.workbook.worksheets
      .getItem(sheet)
      .getRangeByIndexes(bounded.row, bounded.col, bounded.rows, bounded.cols);
    range.load("values,numberFormat");
    return { sheet, box: bounded, range };
  });
  await context.sync();
  return reads
    .filter((r) => r !== undefined)
    .map(({ sheet, box, range }) => ({
      sheet,
      row: box.row,
      col: box.col,
      values: range.values,
      numberFormats: range.numberFormat as (string | undefined)[][],
    }));
}
