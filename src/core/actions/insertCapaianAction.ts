import { findSheet } from "../model/buildModel";
import { readSettings } from "../model/settings";
import { insertCapaianPlan, type InsertCapaianChoice } from "../plans/insertCapaianPlan";
import type { WorkbookPlan } from "../plans/types";
import type { WorkbookData } from "../sheet";
import { SETTINGS_SHEET } from "../sheets";
import { problemOf, type Problem } from "./problem";

/** The user's choice; the negative-polarity formula defaults to the workbook's Pengaturan. */
export type InsertCapaianRequest = Omit<InsertCapaianChoice, "rumusNegatif"> &
  Partial<Pick<InsertCapaianChoice, "rumusNegatif">>;

export interface InsertCapaianOutcome {
  readonly plan?: WorkbookPlan;
  /** The two columns written (0-based). */
  readonly capaianCol?: number;
  readonly predikatCol?: number;
  readonly problem?: Problem;
}

/**
 * Sisipkan rumus capaian (issue 14 §4): the capaian and predikat formulas of `Capaian YYYY`
 * written into two columns right of a table of the user's own; Pokin's sheets (Pengaturan's
 * levels among them) and cells that hold something are refused.
 * @param data the workbook's values (Pengaturan at least: the levels and Rumus Negatif)
 * @param request the selection and its columns
 * @param existing what the two output columns hold now, row by row of the selection
 * @returns a plan writing one range of formulas, or a problem
 * @example insertCapaianAction(data, { sheet: "LKjIP", range, header: true, targetCol: 2, realisasiCol: 3, polaritas: "Positif", lang: "id" }, []).plan
 */
export function insertCapaianAction(
  data: WorkbookData,
  request: InsertCapaianRequest,
  existing: readonly (readonly unknown[])[],
): InsertCapaianOutcome {
  const { settings } = readSettings(findSheet(data, SETTINGS_SHEET));
  const choice = { ...request, rumusNegatif: request.rumusNegatif ?? settings.rumusNegatif };
  const result = insertCapaianPlan(choice, settings.levels, existing);
  if ("problem" in result) return { problem: problemOf("insert", result.problem) };
  return {
    plan: { sheets: [result.plan] },
    capaianCol: result.capaianCol,
    predikatCol: result.predikatCol,
  };
}
