import { CELL_EDIT_MODE, EXCEL_UNAVAILABLE, officeErrorCode, PokinExcelError } from "./errors";

/** `Excel.run`'s shape, so tests can hand in a fake. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface RunOptions {
  /** The `Excel.run` to use; defaults to the global one. */
  readonly run?: ExcelRun;
  /** Wait before the one retry after InvalidOperationInCellEditMode (default 1500 ms). */
  readonly retryDelayMs?: number;
  /** How to wait; tests pass one that does not. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * Runs one user action in one `Excel.run`. When the user is typing in a cell, Excel refuses
 * every call: the action is retried once after a short pause (the first sync fails before
 * anything is written, so a retry repeats nothing), then the failure is explained.
 * @param action the whole action: queue, sync, compute, write
 * @param options see {@link RunOptions}
 * @returns what the action returns
 * @throws PokinExcelError with a message for the user in both languages, never a raw stack
 * @example const findings = await runExcel((context) => checkWith(context));
 */
export async function runExcel<T>(
  action: (context: Excel.RequestContext) => Promise<T>,
  options: RunOptions = {},
): Promise<T> {
  const run = options.run ?? globalRun();
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  try {
    return await run(action);
  } catch (first) {
    if (officeErrorCode(first) !== CELL_EDIT_MODE) throw new PokinExcelError(first);
  }
  await sleep(options.retryDelayMs ?? 1500);
  try {
    return await run(action);
  } catch (second) {
    throw new PokinExcelError(second);
  }
}

function globalRun(): ExcelRun {
  if (typeof Excel === "undefined" || typeof Excel.run !== "function") {
    throw new PokinExcelError({ code: EXCEL_UNAVAILABLE });
  }
  return (batch) => Excel.run(batch);
}
