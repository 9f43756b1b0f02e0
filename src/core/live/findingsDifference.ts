import type { Finding } from "../rules/types";

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
  const made = after.filter((f) => !kept.has(f));
  const still = new Set(after);
  return differenceByText(
    before.filter((f) => !still.has(f)),
    made,
  );
}

function differenceByText(
  before: readonly Finding[],
  after: readonly Finding[],
): { appeared: Finding[]; disappeared: Finding[] } {
  const key = (f: Finding) => `${f.rule}\u0000${f.sheet}\u0000${f.cell}\u0000${f.message}`;
  const old = new Map<string, number>();
  for (const f of before) old.set(key(f), (old.get(key(f)) ?? 0) + 1);
  const appeared: Finding[] = [];
  for (const f of after) {
    const n = old.get(key(f)) ?? 0;
    if (n > 0) old.set(key(f), n - 1);
    else appeared.push(f);
  }
  const now = new Map<string, number>();
  for (const f of after) now.set(key(f), (now.get(key(f)) ?? 0) + 1);
  const disappeared: Finding[] = [];
  for (const f of before) {
    const n = now.get(key(f)) ?? 0;
    if (n > 0) now.set(key(f), n - 1);
    else disappeared.push(f);
  }
  return { appeared, disappeared };
}
