import type { Finding } from "../rules/types";

/** A finding with the key it is compared by, computed once. */
interface Keyed {
  readonly finding: Finding;
  readonly key: string;
}

/**
 * Findings that appeared and disappeared between two lists (compared by rule, cell and text).
 * Findings kept from the last re-check are the same objects in both lists and cancel out at
 * once; only the re-made ones are compared by their text.
 * @example difference(before, after).appeared.map((f) => f.rule)
 */
export function difference(
  before: readonly Finding[],
  after: readonly Finding[],
): { appeared: Finding[]; disappeared: Finding[] } {
  const kept = new Set(before);
  const still = new Set(after);
  const gone = before.filter((f) => !still.has(f)).map(keyed);
  const made = after.filter((f) => !kept.has(f)).map(keyed);
  return { appeared: minus(made, gone), disappeared: minus(gone, made) };
}

function keyed(finding: Finding): Keyed {
  const { rule, sheet, cell, message } = finding;
  return { finding, key: `${rule}\u0000${sheet}\u0000${cell}\u0000${message}` };
}

/** The findings of `a` left when each of `b` cancels one of `a` with its key (a multiset difference), in `a`'s order. */
function minus(a: readonly Keyed[], b: readonly Keyed[]): Finding[] {
  const count = new Map<string, number>();
  for (const { key } of b) count.set(key, (count.get(key) ?? 0) + 1);
  const left: Finding[] = [];
  for (const { finding, key } of a) {
    const n = count.get(key) ?? 0;
    if (n > 0) count.set(key, n - 1);
    else left.push(finding);
  }
  return left;
}
