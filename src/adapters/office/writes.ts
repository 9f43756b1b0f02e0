import type { RangeRef } from "../../core/plans/types";

/**
 * One queued piece of a plan: `queue()` only queues proxy calls (no sync); `bytes` estimates
 * what it adds to the request, so writes can be grouped under Excel on the web's payload limit.
 */
export interface Write {
  readonly bytes: number;
  readonly queue: () => void;
}

/** Returns the worksheet a plan writes to, once the write that creates or finds it has run. */
export type SheetGetter = () => Excel.Worksheet;

/** Per-operation request overhead (object path, method name), in bytes. */
const OVERHEAD = 200;

/** The estimated request size of a payload: its JSON plus the operation overhead. */
export function bytesOf(payload: unknown): number {
  return (JSON.stringify(payload) ?? "").length + OVERHEAD;
}

/** The proxy of a plan range (0-based, default 1×1). */
export function rangeOf(sheet: Excel.Worksheet, ref: RangeRef): Excel.Range {
  return sheet.getRangeByIndexes(ref.row, ref.col, ref.rows ?? 1, ref.cols ?? 1);
}

/**
 * Groups writes, in order, into batches of at most `limit` estimated bytes (a single larger
 * write gets a batch of its own). One sync per batch.
 * @example groupWrites([{ bytes: 3, queue }, { bytes: 3, queue }], 5).length // 2
 */
export function groupWrites(writes: readonly Write[], limit: number): Write[][] {
  const batches: Write[][] = [];
  let current: Write[] = [];
  let size = 0;
  for (const w of writes) {
    if (current.length > 0 && size + w.bytes > limit) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(w);
    size += w.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
