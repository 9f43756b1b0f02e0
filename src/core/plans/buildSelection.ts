import { diagramSelection, type DiagramOptions } from "../layout/diagramSelection";
import type { Model } from "../model/buildModel";
import type { Msg } from "../messages";
import { buildPlan, BUILD_SHEET_KINDS, type BuildSheetKind } from "./buildPlan";
import type { Finding } from "../rules/types";
import type { WorkbookPlan } from "./types";

export { BUILD_SHEET_KINDS, type BuildSheetKind };

/** What Buat is asked for: the diagram options and which sheets to write (default: all). */
export interface BuildChoice extends DiagramOptions {
  readonly sheets?: readonly BuildSheetKind[];
  /** The check's findings in `lang`, when the caller has them already (else they are computed). */
  readonly findings?: readonly Finding[];
  /** How many findings `Catatan Reviu` excepts, with `findings` (SPEC §13). */
  readonly excepted?: number;
}

export type BuildSelection =
  | { readonly plan: WorkbookPlan; readonly problem?: undefined }
  | { readonly plan?: undefined; readonly problem: Msg };

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
  return { plan: buildPlan(model, { ...choice, shapes, sheets: [...wanted] }) };
}
