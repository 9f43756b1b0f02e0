import { diagramSelection, type DiagramOptions } from "../layout/diagramSelection";
import type { Model } from "../model/buildModel";
import type { Msg } from "../rules/types";
import { buildPlan } from "./buildPlan";
import { CASCADING_SHEET } from "./cascadingPlan";
import { DIAGRAM_SHEET } from "./diagramCellsPlan";
import { REPORT_SHEET } from "./reportPlan";
import type { WorkbookPlan } from "./types";

/** The generated sheets a user can pick in Buat (SPEC §3.3). */
export type BuildSheetKind = "diagram" | "cascading" | "capaian" | "report";

/** Every kind, in the order the sheets are written. */
export const BUILD_SHEET_KINDS: readonly BuildSheetKind[] = ["diagram", "cascading", "capaian", "report"];

/** What Buat is asked for: the diagram options and which sheets to write (default: all). */
export interface BuildChoice extends DiagramOptions {
  readonly sheets?: readonly BuildSheetKind[];
}

export type BuildSelection =
  | { readonly plan: WorkbookPlan; readonly problem?: undefined }
  | { readonly plan?: undefined; readonly problem: Msg };

/**
 * Which kind of generated sheet a sheet name is.
 * @example buildSheetKind("Capaian 2026") // "capaian"
 */
export function buildSheetKind(name: string): BuildSheetKind | undefined {
  if (name === DIAGRAM_SHEET) return "diagram";
  if (name === CASCADING_SHEET) return "cascading";
  if (name === REPORT_SHEET) return "report";
  return /^Capaian \d{4}$/.test(name) ? "capaian" : undefined;
}

/**
 * The plan of `buildPlan`, limited to the sheets the user picked. A subtree or depth that
 * cannot be drawn is a problem to show (only when the diagram is picked), not a sheet saying so.
 * When the diagram is left out, the first sheet written is activated instead.
 * @param model the pohon kinerja
 * @param choice diagram options and sheets
 * @param shapes draw the diagram as shapes (ExcelApi 1.9) rather than in cells
 * @returns the plan, or a bilingual problem
 * @example selectedBuildPlan(model, { orientation: "down", lang: "id", generatedAt, sheets: ["cascading"] }, false).plan?.sheets.map((s) => s.name) // ["Cascading"]
 */
export function selectedBuildPlan(model: Model, choice: BuildChoice, shapes: boolean): BuildSelection {
  const wanted = new Set(choice.sheets ?? BUILD_SHEET_KINDS);
  if (wanted.has("diagram")) {
    const problem = diagramSelection(model, choice).problem;
    if (problem) return { problem };
  }
  const full = buildPlan(model, { ...choice, shapes });
  const sheets = full.sheets.filter((s) => {
    const kind = buildSheetKind(s.name);
    return kind !== undefined && wanted.has(kind);
  });
  const first = sheets[0];
  const activate = wanted.has("diagram") ? full.activate : first ? { sheet: first.name } : undefined;
  return { plan: activate ? { sheets, activate } : { sheets } };
}
