import type { CodedMsg } from "../messages";
import { diagramSelection, type DiagramOptions } from "../layout/diagramSelection";
import { buildModel, type Model } from "../model/buildModel";
import { selectedBuildPlan } from "../plans/buildSelection";
import type { RefusedSheet, WorkbookPlan } from "../plans/types";
import { reviewedCheck } from "../review/reviewedCheck";
import type { Finding } from "../rules/types";
import type { WorkbookData } from "../sheet";
import { buildSheets, buildYear, DEFAULT_ORIENTATION, type BuildRequest } from "./buildChoice";
import { errorCount, type ActionContext } from "./checkAction";
import { problemOf, type Problem } from "./problem";

export interface BuildContext extends ActionContext {
  /** Draw the diagram as shapes (Excel with ExcelApi 1.9) rather than in cells. */
  readonly shapes: boolean;
}

export type BuildOutcome =
  | {
      readonly plan: WorkbookPlan;
      /** The names of the sheets written, in order. */
      readonly sheets: readonly string[];
      /** The year shown (undefined when the workbook has none). */
      readonly year: number | undefined;
      /** The check's findings when the report is written (else undefined), and their errors. */
      readonly findings?: readonly Finding[];
      readonly errors: number;
      /** Warnings worth telling the user (a year outside the period); nothing stops the build. */
      readonly notes: readonly CodedMsg[];
      /**
       * Sheets left out because a level sheet has their name (POKIN022): the build never writes
       * over level data. When every sheet is refused, the plan is empty.
       */
      readonly refused: readonly RefusedSheet[];
      readonly problem?: undefined;
    }
  | { readonly problem: Problem; readonly plan?: undefined };

/**
 * Buat / `pokin build` (SPEC §3.3, §8): the plan of the chosen generated sheets, with every
 * default decided here (year, orientation, sheets) and the diagram's selection computed once.
 * @param data the workbook's values
 * @param request the user's choice (sheets, year, orientation, root, depth)
 * @param context language, "now" and shapes or cells
 * @returns the plan and what to tell the user, or the problem (unknown Kode, bad depth)
 * @example buildAction(data, { year: 2026 }, { lang: "id", now, shapes: false }).sheets // ["Pohon Kinerja", …]
 */
export function buildAction(data: WorkbookData, request: BuildRequest, context: BuildContext): BuildOutcome {
  return buildModelAction(buildModel(data, { now: context.now }), request, context);
}

/** {@link buildAction} on a model already built (the pane keeps one for its preview). */
export function buildModelAction(model: Model, request: BuildRequest, context: BuildContext): BuildOutcome {
  const sheets = buildSheets(request);
  const options = diagramOptions(model, request, context);
  const selection = sheets.includes("diagram") ? diagramSelection(model, options) : undefined;
  if (selection?.problem) return { problem: problemOf("build.selection", selection.problem) };
  // The report honours the reviewer's notes: excepted findings are left out and counted.
  const checked = sheets.includes("report") ? reviewedCheck(model, { lang: context.lang }) : undefined;
  const findings = checked?.findings;
  const selected = selectedBuildPlan(
    model,
    { ...options, sheets, ...(selection ? { selection } : {}), ...(checked ?? {}) },
    context.shapes,
  );
  if (selected.problem) return { problem: problemOf("build.plan", selected.problem) };
  return {
    plan: selected.plan,
    sheets: selected.plan.sheets.map((s) => s.name),
    year: options.year,
    ...(findings ? { findings } : {}),
    errors: findings ? errorCount(findings) : 0,
    notes: yearNotes(model, options.year),
    refused: selected.plan.refused ?? [],
  };
}

/**
 * The diagram options of a request, defaults filled in.
 * @example diagramOptions(model, {}, { lang: "id", now }).orientation // "down"
 */
export function diagramOptions(model: Model, request: BuildRequest, context: ActionContext): DiagramOptions {
  return {
    year: buildYear(model, request),
    orientation: request.orientation ?? DEFAULT_ORIENTATION,
    ...(request.root !== undefined ? { root: request.root } : {}),
    ...(request.depth !== undefined ? { depth: request.depth } : {}),
    ...(request.marks && request.marks.size > 0 ? { marks: request.marks } : {}),
    lang: context.lang,
    generatedAt: context.now,
  };
}

function yearNotes(model: Model, year: number | undefined): CodedMsg[] {
  const { years } = model.settings;
  if (year === undefined || years.length === 0 || years.includes(year)) return [];
  return [
    {
      code: "build.year-outside-period",
      id: `Tahun ${year} di luar periode ${years.join("–")}: target kosong.`,
      en: `Year ${year} is outside the period ${years.join("–")}: no targets.`,
    },
  ];
}
