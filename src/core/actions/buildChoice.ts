import type { Model } from "../model/buildModel";
import { shownYear } from "../model/shownYear";
import type { DiagramMarks } from "../layout/boxMarks";
import { BUILD_SHEET_KINDS, type BuildSheetKind } from "../plans/buildSelection";

export { BUILD_SHEET_KINDS, type BuildSheetKind };

/** What the user asks Buat / `pokin build` for; every field may be left to its default. */
export interface BuildRequest {
  /** The year shown; default Tahun Laporan ({@link buildYear}). */
  readonly year?: number;
  /** Default `down`. */
  readonly orientation?: "down" | "right";
  /** A Kode: only its statement's subtree is drawn; default the whole tree. */
  readonly root?: string;
  /** Only this many levels are drawn; default all. */
  readonly depth?: number;
  /** The generated sheets to write; default all ({@link BUILD_SHEET_KINDS}). */
  readonly sheets?: readonly BuildSheetKind[];
  /** Diff marks from a comparison with an earlier version (`--diff`, Bandingkan); none by default. */
  readonly marks?: DiagramMarks;
}

/** What keeps a choice valid: the period, Tahun Laporan and the number of levels (a Model has them). */
export interface ChoiceBounds {
  readonly settings: { readonly years: readonly number[]; readonly reportYear?: number };
  readonly levels: { readonly length: number };
}

/** The orientation a diagram is drawn in when the user does not choose one. */
export const DEFAULT_ORIENTATION = "down";

/**
 * The year a build shows: the one asked for, else Tahun Laporan (the one default, used by the
 * CLI, the pane and every generator).
 * @example buildYear(model, {}) // model.settings.reportYear
 */
export function buildYear(
  model: Pick<Model, "settings"> | ChoiceBounds,
  request: Pick<BuildRequest, "year">,
): number | undefined {
  return shownYear(model.settings, request.year);
}

/**
 * The sheets a build writes: the ones asked for, in the order they are written, else all.
 * @example buildSheets({ sheets: ["report", "diagram"] }) // ["diagram", "report"]
 */
export function buildSheets(request: Pick<BuildRequest, "sheets">): BuildSheetKind[] {
  const wanted = new Set(request.sheets ?? BUILD_SHEET_KINDS);
  return BUILD_SHEET_KINDS.filter((k) => wanted.has(k));
}

/**
 * A choice kept valid for a (new) workbook, as the pane keeps it: a year outside the period
 * falls back to Tahun Laporan, a depth deeper than the levels is dropped. The same object when
 * nothing changes.
 * @example fittedChoice(model, { year: 1990, depth: 9 }) // { year: 2025, depth: undefined }
 */
export function fittedChoice<C extends Pick<BuildRequest, "year" | "depth">>(
  model: ChoiceBounds,
  choice: C,
): C {
  const years = model.settings.years;
  const year = choice.year !== undefined && years.includes(choice.year) ? choice.year : buildYear(model, {});
  const depth = choice.depth !== undefined && choice.depth <= model.levels.length ? choice.depth : undefined;
  return year === choice.year && depth === choice.depth ? choice : { ...choice, year, depth };
}
