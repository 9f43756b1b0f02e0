import {
  planImport,
  previewImport,
  referencePlan,
  type ColumnOverride,
  type ImportPreview,
  type LevelMerge,
} from "../import";
import { buildModel } from "../model/buildModel";
import { dataAfterPlan } from "../plans/dataAfterPlan";
import type { RangeRef, SheetPlan, WorkbookPlan } from "../plans/types";
import type { WorkbookData } from "../sheet";
import { isReservedSheet } from "../sheets";
import { nameKey } from "../text";
import { problemOf, type Problem } from "./problem";

/** What to import (SPEC §6): the template's sheet (and range), the mapping changes, its merged areas. */
export interface ImportRequest {
  readonly sheet: string;
  /** Only this range of the sheet, e.g. `A5:AG120`. */
  readonly range?: string;
  /** The planner's changes to the detected mapping, column → role, as the pane gives them. */
  readonly overrides?: readonly ColumnOverride[];
  /** The same changes as `pokin import --map` text (`F=Target 2026,G=Lewati`): read into overrides. */
  readonly map?: string;
  /** The sheet's merged areas, when the host can give them (the header is read better). */
  readonly merges?: readonly RangeRef[];
}

export interface ImportPreviewOutcome {
  /** What importing would do; shown even when there is a problem (the mapping may explain it). */
  readonly preview: ImportPreview;
  /** Why importing would write nothing: the template cannot be read, or a change is not understood. */
  readonly problem?: Problem;
}

export type ImportOutcome =
  | {
      readonly preview: ImportPreview;
      /** Backups first, then the merged level sheets. */
      readonly plan: WorkbookPlan;
      readonly levels: readonly LevelMerge[];
      /** The workbook's values once the plan is written (check it without reading again). */
      readonly workbook: WorkbookData;
      readonly problem?: undefined;
    }
  | { readonly problem: Problem; readonly preview: ImportPreview; readonly plan?: undefined };

/**
 * Impor's preview / what `pokin import` prints first: the mapping detected (with the user's
 * changes) and every row read. Nothing is planned.
 * @param data the whole workbook (its settings and levels decide years and level names)
 * @param request the template's place and the mapping changes
 * @param now "today", for the template's default year
 * @example importPreviewAction(data, { sheet: "Renja" }, now).preview.mapping?.columns.length
 */
export function importPreviewAction(
  data: WorkbookData,
  request: ImportRequest,
  now: Date,
): ImportPreviewOutcome {
  const preview = previewImport(data, request.sheet, {
    ...(request.merges ? { merges: request.merges } : {}),
    ...(request.range ? { range: request.range } : {}),
    ...(request.map ? { map: request.map } : {}),
    ...(request.overrides?.length ? { overrides: request.overrides } : {}),
    now,
  });
  if (preview.problem) return { preview, problem: problemOf("problem.template", preview.problem) };
  const mapProblem = preview.mapProblems[0];
  if (mapProblem) return { preview, problem: problemOf("problem.map-entry", mapProblem.message) };
  return { preview };
}

/**
 * Impor / `pokin import`: the plan that backs up every level sheet it changes and merges the
 * template's rows into the level sheets by Kode (nothing deleted). Nothing is planned when the
 * template cannot be read or a mapping change is not understood.
 * @example importAction(data, { sheet: "Renja" }, now).levels // [{ level: "Program", updated: 2, appended: 5, … }]
 */
export function importAction(data: WorkbookData, request: ImportRequest, now: Date): ImportOutcome {
  const { preview, problem } = importPreviewAction(data, request, now);
  if (problem) return { problem, preview };
  const { plan, levels } = planImport(data, preview, now);
  return { preview, plan, levels, workbook: dataAfterPlan(data, plan) };
}

/**
 * `pokin import --reference`: the plan copying a Kepmendagri list into `Referensi Nomenklatur`.
 * @param source the reference file's values
 * @returns the sheet plan and how many codes it holds, or why nothing can be copied
 * @example referenceAction(ref).codes // 2304
 */
export function referenceAction(
  source: WorkbookData,
):
  | { readonly plan: SheetPlan; readonly codes: number; readonly problem?: undefined }
  | { readonly problem: Problem } {
  const copy = referencePlan(source);
  if (!copy.plan) {
    const message = copy.problem ?? { id: "Berkas referensi kosong.", en: "The reference file is empty." };
    return { problem: problemOf("problem.no-reference", message) };
  }
  return { plan: copy.plan, codes: copy.codes };
}

/**
 * The sheets worth offering as a template's source: not a level sheet, not one of Pokin's own
 * (Pengaturan, the reference, review notes, generated sheets and backups).
 * @param sheetNames every sheet of the workbook
 * @param data the workbook's values (at least Pengaturan: it names the levels)
 * @param now "today" (the default years of the settings)
 * @example importSources(["Pengaturan", "Program", "Renja", "Cascading"], data, now) // ["Renja"]
 */
export function importSources(sheetNames: readonly string[], data: WorkbookData, now: Date): string[] {
  const levels = new Set(buildModel(data, { now }).levels.map((l) => nameKey(l.name)));
  return sheetNames.filter((n) => !levels.has(nameKey(n)) && !isReservedSheet(n));
}
