import type { BatchFile } from "../../core/actions/batchAction";
import type { Lang } from "../../core/messages";
import type { FileFinding } from "../../core/pemda/types";
import type { Severity } from "../../core/rules/types";
import { summary } from "../checkReport";

const LABEL: Record<Lang, Record<Severity, string>> = {
  id: { error: "GALAT", warning: "PERINGATAN", info: "INFO" },
  en: { error: "ERROR", warning: "WARNING", info: "INFO" },
};

export type { BatchFile };

/**
 * The findings of a check of several workbooks as a reviewer reads them (SPEC §11): grouped
 * by OPD (the RPD first, then by name), then by sheet, and a per-OPD summary table at the end.
 * @param files the files of the batch, readable or not
 * @param findings every finding, each with its file
 * @param lang the language of the labels
 * @returns the report, ending with a newline
 * @example formatBatch([{ file: "a.xlsx", opd: "Dinas A", rpd: false }], [], "en")
 */
export function formatBatch(
  files: readonly BatchFile[],
  findings: readonly FileFinding[],
  lang: Lang,
  excepted = 0,
): string {
  const en = lang === "en";
  const unnamed = (f: BatchFile) =>
    f.readable
      ? en
        ? "(no Perangkat Daerah)"
        : "(tanpa Perangkat Daerah)"
      : en
        ? "(unreadable)"
        : "(tidak terbaca)";
  const label = (f: BatchFile) => `${f.rpd ? "RPD" : f.opd || unnamed(f)} — ${f.file}`;
  const ordered = [...files].sort(
    (a, b) => Number(b.rpd) - Number(a.rpd) || a.opd.localeCompare(b.opd) || a.file.localeCompare(b.file),
  );
  const lines: string[] = [];
  const byFile = new Map<string, FileFinding[]>();
  for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  for (const file of ordered) {
    const list = byFile.get(file.file) ?? [];
    if (list.length === 0) continue;
    lines.push(`== ${label(file)} ==`);
    const bySheet = new Map<string, FileFinding[]>();
    for (const f of list) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
    const cellWidth = Math.max(...list.map((f) => f.cell.length));
    const sevWidth = Math.max(...list.map((f) => LABEL[lang][f.severity].length));
    for (const [sheet, inSheet] of bySheet) {
      lines.push(sheet || (en ? "(file)" : "(berkas)"));
      for (const f of inSheet) {
        const kode = f.kode && !f.message.startsWith(`[${f.kode}]`) ? `[${f.kode}] ` : "";
        const text = f.message.replace(/\s*[\r\n]+\s*/g, " ");
        lines.push(
          `  ${f.cell.padEnd(cellWidth)}  ${LABEL[lang][f.severity].padEnd(sevWidth)}  ${f.rule}  ${kode}${text}`,
        );
      }
    }
    lines.push("");
  }
  if (findings.length === 0) {
    lines.push(en ? "No findings in any workbook." : "Tidak ada temuan di buku kerja mana pun.", "");
  }
  lines.push(...summaryTable(ordered, byFile, lang), "", summary(findings, lang, excepted));
  return `${lines.join("\n")}\n`;
}

function summaryTable(files: readonly BatchFile[], byFile: Map<string, FileFinding[]>, lang: Lang): string[] {
  const en = lang === "en";
  const header = en
    ? ["Perangkat Daerah", "File", "Errors", "Warnings", "Info"]
    : ["Perangkat Daerah", "Berkas", "Galat", "Peringatan", "Info"];
  const rows = files.map((f) => {
    const list = byFile.get(f.file) ?? [];
    const n = (s: Severity) => String(list.filter((x) => x.severity === s).length);
    return [f.rpd ? "RPD" : f.opd || "–", f.file, n("error"), n("warning"), n("info")];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [
    en ? "Summary per Perangkat Daerah" : "Ringkasan per Perangkat Daerah",
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
  ];
}
