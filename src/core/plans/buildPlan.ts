import type { DiagramOptions } from "../layout/diagramSelection";
import type { Model } from "../model/buildModel";
import { checkModel } from "../rules/runChecks";
import { capaianPlan } from "./capaianPlan";
import { cascadingPlan } from "./cascadingPlan";
import { diagramCellsPlan, DIAGRAM_SHEET } from "./diagramCellsPlan";
import { diagramShapesPlan } from "./diagramShapesPlan";
import { reportPlan } from "./reportPlan";
import type { Finding } from "../rules/types";
import type { WorkbookPlan } from "./types";

export interface BuildPlanOptions extends DiagramOptions {
  /** Draw the diagram as shapes (Excel with ExcelApi 1.9) rather than in cells. */
  readonly shapes: boolean;
  /** The check's findings in `lang`, when the caller has them already (else they are computed). */
  readonly findings?: readonly Finding[];
}

/**
 * Everything `Buat` / `pokin build` writes (SPEC §3.3): `Pohon Kinerja` (shapes or cells),
 * `Cascading`, `Capaian YYYY` for the year (when the workbook has a year) and
 * `Hasil Pemeriksaan`. Only generated sheets, each rewritten whole (`replace`); level sheets
 * are never in the plan.
 * @param model the pohon kinerja
 * @param options diagram options, the year (default Tahun Laporan) and shapes or cells
 * @returns the plan, activating the diagram
 * @example buildPlan(model, { orientation: "down", lang: "id", generatedAt: new Date(), shapes: false }).sheets.map((s) => s.name)
 */
export function buildPlan(model: Model, options: BuildPlanOptions): WorkbookPlan {
  const year = options.year ?? model.settings.reportYear;
  const { lang, generatedAt } = options;
  const diagram = options.shapes
    ? diagramShapesPlan(model, { ...options, year })
    : diagramCellsPlan(model, { ...options, year });
  const findings = options.findings ?? checkModel(model, { lang });
  const { perangkatDaerah, pemerintahDaerah } = model.settings;
  const agency = [perangkatDaerah, pemerintahDaerah].filter((s) => s !== "").join(" — ");
  return {
    sheets: [
      diagram,
      cascadingPlan(model, year, lang, generatedAt),
      ...(year === undefined ? [] : [capaianPlan(model, year, lang, generatedAt)]),
      reportPlan(findings, lang, generatedAt, {
        existingSheets: model.workbook.sheets.map((s) => s.name),
        agency,
      }),
    ],
    activate: { sheet: DIAGRAM_SHEET },
  };
}
