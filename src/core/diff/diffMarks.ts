import type { DiagramMarks, MarkKind } from "../layout/boxMarks";
import type { Change } from "./types";

/**
 * The diagram's marks of a comparison (SPEC §12): each row of NEW that was added, moved
 * (Kode Induk changed) or changed (a field, or its Kode re-coded), keyed by its Kode in NEW.
 * A row with several changes keeps the strongest (added, then moved, then changed); removed
 * rows have no box to mark.
 * @param changes the comparison's changes
 * @returns Kode → mark
 * @example diffMarks([{ kind: "moved", level: "Program", kode: "1.1.1" }]).get("1.1.1") // "moved"
 */
export function diffMarks(changes: readonly Change[]): DiagramMarks {
  const rank = { added: 3, moved: 2, changed: 1 } as const;
  const marks = new Map<string, MarkKind>();
  for (const c of changes) {
    if (c.kind === "removed") continue;
    const mark: MarkKind = c.kind === "added" ? "added" : c.kind === "moved" ? "moved" : "changed";
    const had = marks.get(c.kode);
    if (!had || rank[mark] > rank[had]) marks.set(c.kode, mark);
  }
  return marks;
}
