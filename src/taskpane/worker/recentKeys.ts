/** How many workbooks the pane's worker keeps (the open one, Bandingkan's earlier one, one more). */
export const HELD_MAX = 3;

/**
 * The workbooks the worker holds, least recently used first. The worker and its client keep
 * one each and touch them in the same order (jobs run in the order posted), so the client
 * knows when a job may send only a workbook's key.
 */
export class RecentKeys<V> {
  private readonly entries = new Map<number, V>();

  constructor(private readonly max = HELD_MAX) {}

  /** The value held for `key` (made the most recent), or undefined. */
  touch(key: number): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  /** Holds `value` under `key` as the most recent; the oldest beyond the limit go. */
  hold(key: number, value: V): V {
    this.entries.delete(key);
    this.entries.set(key, value);
    for (const old of this.entries.keys()) {
      if (this.entries.size <= this.max) break;
      this.entries.delete(old);
    }
    return value;
  }

  forget(key: number): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
