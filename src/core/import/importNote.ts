import type { CodedMsg } from "../messages";

/**
 * The stable codes of the import's messages. Callers and tests decide by these, never by the
 * text: `problem.*` stop an import, `skip.*` say why a template row was not taken, the others
 * are notes on rows that were taken, `group.*` say why a column group went to its level.
 */
export const IMPORT_CODES = [
  "problem.no-sheet",
  "problem.bad-range",
  "problem.no-header",
  "problem.no-level",
  "problem.no-data",
  "problem.map-entry",
  "problem.no-reference",
  /** `Target Tahun N` columns while neither the template nor the workbook says which year Tahun 1 is. */
  "problem.first-year-unknown",
  /** The host could not read the source (no such sheet or range in Excel). */
  "problem.source",
  "skip.below-signature",
  "skip.row-number",
  "skip.no-column-text",
  "skip.numbering",
  "skip.subtitle",
  "skip.signature",
  "skip.total",
  "skip.numbers-only",
  "skip.outside-columns",
  "skip.nothing-mapped",
  "skip.heading",
  "skip.unmapped-level",
  "skip.level-dropped",
  "note.zero-as-empty",
  "note.error-as-empty",
  "note.error-value",
  "note.not-a-number",
  "note.stacked-mismatch",
  "note.unit-from-value",
  "note.unit-differs",
  "note.values-without-indicator",
  "note.values-shared",
  "note.same-year-target",
  "note.fraction-under-percent",
  "note.percent-format-unit",
  "note.no-parent",
  "note.parent-from-code",
  "note.uraian-from-code",
  "note.kodes-kept",
  "note.kodes-prefixed",
  /** Pengaturan's period written or changed to the years the template carries. */
  "note.period-set",
  /** Pengaturan's period kept: the workbook's own rows carry targets for its other years. */
  "note.period-kept",
  /** Targets landed for years outside the period: kept, not asked for by the check. */
  "note.years-outside-period",
  "group.list",
  "group.unplaced",
  "group.by-name",
  "group.by-owner",
  "group.by-order",
  "group.lowest",
  "group.new-level",
  "group.by-user",
] as const;

export type ImportCode = (typeof IMPORT_CODES)[number];

/** A message of the import: a stable code, both languages, and the fields it names. */
export interface ImportNote extends CodedMsg {
  readonly code: ImportCode;
  /** The template cell it is about (A1, e.g. `F8`), when there is one. */
  readonly cell?: string;
  /** The values the text names (`{ value: 0.96 }`, `{ year: 2025 }`), for callers and tests. */
  readonly args?: Readonly<Record<string, string | number>>;
}

/**
 * An import message with its code and fields.
 * @example importNote("note.zero-as-empty", "E4: 0 dibaca sebagai kosong", "E4: 0 read as empty", { cell: "E4" }).code // "note.zero-as-empty"
 */
export function importNote(
  code: ImportCode,
  id: string,
  en: string,
  fields: { readonly cell?: string; readonly args?: Readonly<Record<string, string | number>> } = {},
): ImportNote {
  return { code, id, en, ...fields };
}
