import { changeCounts, type Change } from "../core/diff";
import type { Lang } from "../core/messages";

/**
 * The changes as a reviewer reads them: grouped by level (in the diff's order), one line per
 * change with its Kode, the sentence and the cell in NEW (in OLD for a removed row), then the counts.
 * @param changes the diff's changes, sorted
 * @param lang the language
 * @param sentences the reviewer's sentence of each change, same order
 * @returns the report, ending with a newline
 * @example formatChanges([], "en", []) // "No changes.\n"
 */
export function formatChanges(changes: readonly Change[], lang: Lang, sentences: readonly string[]): string {
  if (changes.length === 0) return lang === "en" ? "No changes.\n" : "Tidak ada perubahan.\n";
  const lines: string[] = [];
  const byLevel = new Map<string, Change[]>();
  const sentence = new Map(changes.map((c, i) => [c, sentences[i] ?? ""]));
  for (const c of changes) byLevel.set(c.level, [...(byLevel.get(c.level) ?? []), c]);
  const width = Math.max(...changes.map((c) => c.kode.length));
  for (const [level, list] of byLevel) {
    lines.push(level);
    for (const c of list) {
      const cell = c.newCell ?? c.oldCell;
      const where = cell ? `  (${cell.sheet}!${cell.cell})` : "";
      lines.push(`  ${c.kode.padEnd(width)}  ${sentence.get(c)}${where}`);
    }
    lines.push("");
  }
  lines.push(`${lang === "en" ? "Summary" : "Ringkasan"}: ${changeCounts(changes, lang)}`);
  return `${lines.join("\n")}\n`;
}
