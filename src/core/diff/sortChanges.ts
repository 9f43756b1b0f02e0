import type { Change, ChangeKind } from "./types";

const KIND_ORDER: Record<ChangeKind, number> = { removed: 0, added: 1, recoded: 2, moved: 3, changed: 4 };

/**
 * Sorts changes by level, then Kode in natural order (`1.2` before `1.10`), then kind, keeping
 * the field order of one row (the order the changes were found in). Stable and deterministic.
 * @param changes the changes
 * @param levels each change's 0-based level, same order as `changes`
 * @returns a new sorted array
 * @example sortChanges([c10, c2], [2, 2]).map((c) => c.kode) // ["1.2", "1.10"]
 */
export function sortChanges(changes: readonly Change[], levels: readonly number[]): Change[] {
  const keyed = changes.map((change, i) => ({
    change,
    i,
    level: levels[i] ?? 0,
    parts: kodeParts(change.kode),
  }));
  keyed.sort(
    (a, b) =>
      a.level - b.level ||
      compareParts(a.parts, b.parts) ||
      KIND_ORDER[a.change.kind] - KIND_ORDER[b.change.kind] ||
      a.i - b.i,
  );
  return keyed.map((k) => k.change);
}

/** `"1.10a"` → `["1", ".", "10", "a"]`: digits and the rest, compared piece by piece. */
function kodeParts(kode: string): string[] {
  return kode.match(/\d+|\D+/g) ?? [];
}

function compareParts(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) {
      const d = Number(x) - Number(y) || x.length - y.length;
      if (d !== 0) return d;
    }
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
