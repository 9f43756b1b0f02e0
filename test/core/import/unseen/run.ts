/** Runs a pasted template through the import as the pane and the CLI do, and sums up what happened. */
import { MemoryWorkbook } from "../../../../src/adapters/memory";
import { columnLetters } from "../../../../src/core/a1";
import {
  planImport,
  previewImport,
  roleLabel,
  type ImportNote,
  type ImportPreview,
} from "../../../../src/core/import";
import { checkWorkbook } from "../../../../src/core/rules/runChecks";
import type { Finding } from "../../../../src/core/rules/types";
import type { WorkbookData } from "../../../../src/core/sheet";
import { cellText } from "../../../../src/core/text";
import { NOW, type TemplateFile as Unseen } from "../../../fixtures/templates/templateFile";

export { NOW };

/** The preview of a pasted template, with its header's merged areas as a host gives them. */
export function preview(u: Unseen, map?: string): ImportPreview {
  return previewImport(u.workbook, u.sheet, { merges: u.merges, now: NOW, ...(map ? { map } : {}) });
}

/** Each column as `letter: role (level) confidence%`, as the pane's mapping table shows it. */
export function roles(p: ImportPreview): string[] {
  const m = p.mapping!;
  return m.columns.map((c) => {
    const g = m.groups[c.group];
    const level =
      typeof g?.level === "number" ? m.levels[g.level] : g?.level === "list" ? "per baris" : undefined;
    const withLevel = c.role.kind === "uraian" || c.role.kind === "indikator" ? level : undefined;
    return `${columnLetters(c.col)}: ${roleLabel(c.role, withLevel).en} ${Math.round(c.confidence * 100)}%`;
  });
}

/** Rows per level, top to bottom. */
export function counts(p: ImportPreview): number[] {
  return p.content.levels.map((l) => l.rows.length);
}

/** 1-based rows skipped, with the reason's code. */
export function skipped(p: ImportPreview): string[] {
  return p.reports.filter((r) => r.status === "skipped").map((r) => `${r.row + 1}: ${r.reason?.code ?? ""}`);
}

/** Every note on an imported row, as `code cell {fields}`. */
export function notes(p: ImportPreview): string[] {
  return p.reports.flatMap((r) => (r.notes ?? []).map(noteText));
}

/** A coded message as `code cell {fields}` (what tests compare instead of the prose). */
export function noteText(n: ImportNote): string {
  return [n.code, n.cell, n.args ? JSON.stringify(n.args) : undefined]
    .filter((x) => x !== undefined)
    .join(" ");
}

/** The non-empty rows of the template that no report accounts for: must be none. */
export function lostRows(u: Unseen, p: ImportPreview): number[] {
  const sheet = u.workbook.sheets.find((s) => s.name === u.sheet)!;
  const reported = new Set(p.reports.map((r) => r.row));
  const landed = new Set(
    p.content.levels.flatMap((l) => l.rows.map((r) => Number(/\d+$/.exec(r.source)![0]) - 1)),
  );
  const lost: number[] = [];
  sheet.values.forEach((row, r) => {
    if (!row.some((v) => cellText(v) !== "")) return;
    const status = p.reports.find((x) => x.row === r)?.status;
    if (!reported.has(r) || (status === "imported" && !landed.has(r))) lost.push(r + 1);
  });
  return lost;
}

/** The rows of a level as `Kode < Kode Induk | Uraian | Indikator | Satuan | targets`. */
export function rows(p: ImportPreview, level: number): string[] {
  return p.content.levels[level]!.rows.map((r) => {
    const t = Object.entries(r.targets ?? {})
      .map(([y, v]) => `${y}=${v}`)
      .join(" ");
    return `${r.kode} < ${r.kodeInduk ?? ""} | ${r.uraian} | ${r.indikator} | ${r.satuan} | ${t}`;
  });
}

/**
 * Imports into the workbook through planImport and the memory adapter, then checks it.
 * @returns the workbook after import and the findings counted as `RULE sheet: n`
 */
export function importAndCheck(u: Unseen, p: ImportPreview): { data: WorkbookData; findings: string[] } {
  const wb = MemoryWorkbook.from(u.workbook);
  wb.apply(planImport(u.workbook, p, NOW).plan);
  const data = wb.toData();
  return { data, findings: countFindings(checkWorkbook(data, { lang: "en" })) };
}

/** Findings as `RULE sheet: n`, sorted (compare with a sorted list: the check orders by sheet and cell). */
export function countFindings(findings: readonly Finding[]): string[] {
  const n = new Map<string, number>();
  for (const f of findings) n.set(`${f.rule} ${f.sheet}`, (n.get(`${f.rule} ${f.sheet}`) ?? 0) + 1);
  return [...n].map(([k, v]) => `${k}: ${v}`).sort();
}

/** A level sheet's rows after import as `Kode | Kode Induk | Uraian`. */
export function sheetRows(data: WorkbookData, name: string): string[] {
  const s = data.sheets.find((x) => x.name === name)!;
  const h = (s.values[0] ?? []).map(cellText);
  const [k, i, u] = ["Kode", "Kode Induk", "Uraian"].map((x) => h.indexOf(x));
  return s.values.slice(1).map((r) => [k, i, u].map((c) => (c! >= 0 ? cellText(r[c!]) : "")).join(" | "));
}
