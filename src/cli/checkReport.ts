import { groupCount, groupFindings, type FindingGroup } from "../core/rules/groupFindings";
import type { Finding, Severity } from "../core/rules/types";
import type { Lang } from "../core/messages";

const LABEL: Record<Lang, Record<Severity, string>> = {
  // The pane's words (Kesalahan / Peringatan / Info), so a finding reads the same everywhere.
  id: { error: "KESALAHAN", warning: "PERINGATAN", info: "INFO" },
  en: { error: "ERROR", warning: "WARNING", info: "INFO" },
};

/**
 * The findings as a reviewer reads them, grouped by rule ({@link groupFindings}, errors first):
 * when there are several rules, one overview line per rule with its counts comes first, so a
 * few structural warnings are not buried under hundreds of empty targets; then each rule's
 * heading and one line per indicator row ("Program!J5  [1.1] Target 2023–2026 kosong.  (J5, K5,
 * L5, M5)"); then the summary of the counts. `--format json` stays one finding per entry.
 * @param findings the check's findings, sorted as the check sorts them
 * @param lang the language of the labels (the messages are already in it)
 * @param excepted how many findings Catatan Reviu excepts (counted on the summary line); those
 *   shown (with --all) are marked with the note's Catatan
 * @returns the report, ending with a newline
 * @example formatFindings([], "en") // "No findings: …\nSummary: 0 errors, 0 warnings, 0 info\n"
 */
export function formatFindings(findings: readonly Finding[], lang: Lang, excepted = 0): string {
  const lines: string[] = [];
  const groups = groupFindings(findings);
  if (groups.length === 0) {
    lines.push(
      lang === "en"
        ? "No findings: the performance tree is consistent."
        : "Tidak ada temuan: pohon kinerja konsisten.",
    );
  } else {
    const sevWidth = Math.max(...groups.map((g) => LABEL[lang][g.severity].length));
    const ruleWidth = Math.max(...groups.map((g) => g.rule.length));
    const heading = (g: FindingGroup) =>
      `${LABEL[lang][g.severity].padEnd(sevWidth)}  ${g.rule.padEnd(ruleWidth)}  ${groupCount(g, lang)}`;
    if (groups.length > 1) {
      lines.push(lang === "en" ? "By rule:" : "Per aturan:");
      for (const g of groups) lines.push(`  ${heading(g)}`);
      lines.push("");
    }
    const refs = groups.flatMap((g) => g.items.map((item) => `${item.sheet}!${item.cell}`));
    const refWidth = Math.max(...refs.map((r) => r.length));
    for (const g of groups) {
      lines.push(heading(g));
      for (const item of g.items) {
        // Most rules already open their message with the Kode label: it is not repeated.
        const kode = item.kode && !item.message.startsWith(`[${item.kode}]`) ? `[${item.kode}] ` : "";
        const cells = item.cells.length > 1 ? `  (${item.cells.join(", ")})` : "";
        const mark = item.excepted ? exceptedMark(item.catatan, lang) : "";
        lines.push(
          `  ${`${item.sheet}!${item.cell}`.padEnd(refWidth)}  ${kode}${oneLine(item.message)}${cells}${mark}`,
        );
      }
      lines.push("");
    }
  }
  lines.push(summary(findings, lang, excepted));
  return `${lines.join("\n")}\n`;
}

/** `Ringkasan: 3 kesalahan, 2 peringatan, 0 info` / `Summary: 3 errors, 2 warnings, 0 info`. */
export function summary(findings: readonly Finding[], lang: Lang, excepted = 0): string {
  const n = (s: Severity) => findings.filter((f) => f.severity === s && !f.excepted).length;
  const [e, w, i] = [n("error"), n("warning"), n("info")];
  const more = excepted > 0 ? `, ${excepted} ${lang === "en" ? "excepted" : "dikecualikan"}` : "";
  return lang === "en"
    ? `Summary: ${e} error${e === 1 ? "" : "s"}, ${w} warning${w === 1 ? "" : "s"}, ${i} info${more}`
    : `Ringkasan: ${e} kesalahan, ${w} peringatan, ${i} info${more}`;
}

/** ` (dikecualikan: <Catatan>)` after an excepted finding shown with --all. */
function exceptedMark(catatan: string | undefined, lang: Lang): string {
  const label = lang === "en" ? "excepted" : "dikecualikan";
  return ` (${label}${catatan ? `: ${oneLine(catatan)}` : ""})`;
}

/** Messages are one line already; a stray newline from cell text must not break the layout. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ");
}
