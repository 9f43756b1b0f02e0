import type { Finding, Severity } from "../core/rules/types";
import type { Lang } from "../core/messages";

const LABEL: Record<Lang, Record<Severity, string>> = {
  // The pane's words (Kesalahan / Peringatan / Info), so a finding reads the same everywhere.
  id: { error: "KESALAHAN", warning: "PERINGATAN", info: "INFO" },
  en: { error: "ERROR", warning: "WARNING", info: "INFO" },
};

/**
 * The findings as a reviewer reads them: grouped by sheet (in the check's order), one line per
 * finding with its cell, severity, rule, Kode and message, then a summary of the counts.
 * @param findings the check's findings, sorted as the check sorts them
 * @param lang the language of the labels (the messages are already in it)
 * @param excepted how many findings Catatan Reviu excepts (counted on the summary line); those
 *   shown (with --all) are marked with the note's Catatan
 * @returns the report, ending with a newline
 * @example formatFindings([], "en") // "No findings: …\nSummary: 0 errors, 0 warnings, 0 info\n"
 */
export function formatFindings(findings: readonly Finding[], lang: Lang, excepted = 0): string {
  const lines: string[] = [];
  if (findings.length === 0) {
    lines.push(
      lang === "en"
        ? "No findings: the performance tree is consistent."
        : "Tidak ada temuan: pohon kinerja konsisten.",
    );
  } else {
    const bySheet = new Map<string, Finding[]>();
    for (const f of findings) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
    const cellWidth = Math.max(...findings.map((f) => f.cell.length));
    const sevWidth = Math.max(...findings.map((f) => LABEL[lang][f.severity].length));
    for (const [sheet, list] of bySheet) {
      lines.push(sheet);
      for (const f of list) {
        // Most rules already open their message with the Kode label: it is not repeated.
        const kode = f.kode && !f.message.startsWith(`[${f.kode}]`) ? `[${f.kode}] ` : "";
        lines.push(
          `  ${f.cell.padEnd(cellWidth)}  ${LABEL[lang][f.severity].padEnd(sevWidth)}  ${f.rule}  ${kode}${oneLine(f.message)}${f.excepted ? exceptedMark(f, lang) : ""}`,
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
function exceptedMark(f: Finding, lang: Lang): string {
  const label = lang === "en" ? "excepted" : "dikecualikan";
  return ` (${label}${f.catatan ? `: ${oneLine(f.catatan)}` : ""})`;
}

/** Messages are one line already; a stray newline from cell text must not break the layout. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ");
}
