import type { ImportPreview } from "./previewImport";

/**
 * What an import read, as lines a planner reads: rows per level, every skipped row with its
 * reason, and the notes (at most 100 shown).
 * @example describeRows(preview, "en")[0] // "Rows read per level:"
 */
export function describeRows(preview: ImportPreview, lang: "id" | "en"): string[] {
  const lines = preview.content.levels.map(
    (l) => `  ${l.name}: ${l.rows.length} ${lang === "en" ? "rows" : "baris"}`,
  );
  const skipped = preview.reports.filter((r) => r.status === "skipped");
  const notes = preview.reports.flatMap((r) => r.notes ?? []);
  const head = lang === "en" ? "Rows read per level:" : "Baris terbaca per level:";
  const skipHead = lang === "en" ? `Rows skipped: ${skipped.length}` : `Baris dilewati: ${skipped.length}`;
  const noteHead = lang === "en" ? `Notes: ${notes.length}` : `Catatan: ${notes.length}`;
  return [
    head,
    ...lines,
    skipHead,
    ...skipped.map((r) => `  ${lang === "en" ? "row" : "baris"} ${r.row + 1}: ${r.reason?.[lang] ?? ""}`),
    ...preview.content.notes.map((n) => n[lang]),
    noteHead,
    ...notes.slice(0, 100).map((n) => `  ${n[lang]}`),
    ...(notes.length > 100 ? [`  … ${notes.length - 100}`] : []),
  ];
}
