import type { DiagramOptions } from "../layout/diagramSelection";
import type { Model } from "../model/buildModel";
import { shownYear } from "../model/shownYear";
import { reviewedCheck } from "../review/reviewedCheck";
import { capaianPlan } from "./capaianPlan";
import { cascadingPlan } from "./cascadingPlan";
import { diagramCellsPlan, DIAGRAM_SHEET } from "./diagramCellsPlan";
import { diagramShapesPlan } from "./diagramShapesPlan";
import { guardLevelSheets } from "./guardLevelSheets";
import { reportPlan } from "./reportPlan";
import type { Finding } from "../rules/types";
import type { SheetPlan, WorkbookPlan } from "./types";

/** The generated sheets a user can pick in Buat (SPEC §3.3). */
export type BuildSheetKind = "diagram" | "cascading" | "capaian" | "report";

/** Every kind, in the order the sheets are written. */
export const BUILD_SHEET_KINDS: readonly BuildSheetKind[] = ["diagram", "cascading", "capaian", "report"];

export interface BuildPlanOptions extends DiagramOptions {
  /** Draw the diagram as shapes (Excel with ExcelApi 1.9) rather than in cells. */
  readonly shapes: boolean;
  /** The check's findings in `lang`, when the caller has them already (else they are computed). */
  readonly findings?: readonly Finding[];
  /** How many findings `Catatan Reviu` excepts, with `findings` (SPEC §13). */
  readonly excepted?: number;
  /** Only these sheets (default: all); the others are not computed at all. */
  readonly sheets?: readonly BuildSheetKind[];
}

/**
 * Everything `Buat` / `pokin build` writes (SPEC §3.3): `Pohon Kinerja` (shapes or cells),
 * `Cascading`, `Capaian YYYY` for the year (when the workbook has a year) and
 * `Hasil Pemeriksaan`. Only generated sheets, each rewritten whole (`replace`); a sheet that is a
 * level sheet (a level named like a generated sheet, POKIN022) is left out and listed in
 * `refused` ({@link guardLevelSheets}).
 * @param model the pohon kinerja
 * @param options diagram options, the year (default Tahun Laporan) and shapes or cells
 * @returns the plan, activating the diagram
 * @example buildPlan(model, { orientation: "down", lang: "id", generatedAt: new Date(), shapes: false }).sheets.map((s) => s.name)
 */
export function buildPlan(model: Model, options: BuildPlanOptions): WorkbookPlan {
  const year = shownYear(model.settings, options.year);
  const { lang, generatedAt } = options;
  const wanted = new Set(options.sheets ?? BUILD_SHEET_KINDS);
  const sheets: SheetPlan[] = [];
  if (wanted.has("diagram")) {
    sheets.push(
      options.shapes
        ? diagramShapesPlan(model, { ...options, year })
        : diagramCellsPlan(model, { ...options, year }),
    );
  }
  if (wanted.has("cascading")) sheets.push(cascadingPlan(model, year, lang, generatedAt));
  if (wanted.has("capaian") && year !== undefined) sheets.push(capaianPlan(model, year, lang, generatedAt));
  if (wanted.has("report")) {
    const { perangkatDaerah, pemerintahDaerah } = model.settings;
    const agency = [perangkatDaerah, pemerintahDaerah].filter((s) => s !== "").join(" — ");
    // The report honours the reviewer's notes: excepted findings are left out and counted.
    const { findings, excepted } = options.findings
      ? { findings: options.findings, excepted: options.excepted ?? 0 }
      : reviewedCheck(model, { lang });
    sheets.push(
      reportPlan(findings, lang, generatedAt, {
        existingSheets: model.workbook.sheets.map((s) => s.name),
        agency,
        excepted,
      }),
    );
  }
  // The diagram is what a user wants to see first; without it, the first sheet written.
  const first = wanted.has("diagram") ? DIAGRAM_SHEET : sheets[0]?.name;
  const guarded = guardLevelSheets(
    first === undefined ? { sheets } : { sheets, activate: { sheet: first } },
    model,
  );
  return guarded.refused.length === 0 ? guarded.plan : { ...guarded.plan, refused: guarded.refused };
}
