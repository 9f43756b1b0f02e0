import type { Lang } from "../core/messages";
import type { Finding } from "../core/rules/types";
import { text } from "./i18n";
import { mergeGone, type Mark } from "./liveMarks";

/** A finding's identity for marks: rule, cell and text (two findings on one cell differ by text). */
export function markKey(f: Finding): string {
  return `${f.rule}|${f.sheet}|${f.cell}|${f.message}`;
}

/**
 * What the pane shows right after a live re-check: the findings now with those that just went
 * still in their place (mergeGone), each that appeared marked "new" and each that went "gone",
 * and the change in one sentence for the polite live region ("" when nothing changed).
 * @param before the findings before the re-check
 * @param after the findings now
 * @param appeared the findings that appeared
 * @param disappeared the findings that disappeared
 * @param lang the display language
 * @returns the list, the marks by markKey and the sentence
 * @example markedUpdate([a], [a, b], [b], [], "id").marks.get(markKey(b)) // "new"
 */
export function markedUpdate(
  before: readonly Finding[],
  after: readonly Finding[],
  appeared: readonly Finding[],
  disappeared: readonly Finding[],
  lang: Lang,
): { findings: Finding[]; marks: Map<string, Mark>; said: string } {
  const marks = new Map<string, Mark>();
  appeared.forEach((f) => marks.set(markKey(f), "new"));
  disappeared.forEach((f) => marks.set(markKey(f), "gone"));
  const said =
    appeared.length + disappeared.length === 0
      ? ""
      : text(lang, "liveChanged", { added: appeared.length, removed: disappeared.length });
  return { findings: mergeGone(before, after, disappeared, markKey), marks, said };
}
