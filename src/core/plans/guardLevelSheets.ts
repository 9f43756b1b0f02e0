import type { Model } from "../model/buildModel";
import { readSettings } from "../model/settings";
import { nameKey } from "../text";
import type { RefusedSheet, WorkbookPlan } from "./types";

/** The code of a sheet a build left out because a level's data is in it. */
export const LEVEL_SHEET_KEPT = "level-sheet-kept";

/**
 * Keeps a build from writing over level data (issue 8 §3): drops from the plan every sheet
 * named like a level sheet — one the model reads, or one a `Level N` entry of Pengaturan names
 * even when that list is invalid (POKIN022) and the default levels are read instead. Pure.
 * @param plan what a build would write
 * @param model the pohon kinerja the plan was made from
 * @returns the plan without those sheets (the activated sheet moved to the first one left),
 *   and one coded message per sheet left out
 * @example guardLevelSheets({ sheets: [cascading] }, modelWithLevel3Cascading).refused[0].code // "level-sheet-kept"
 */
export function guardLevelSheets(
  plan: WorkbookPlan,
  model: Model,
): { readonly plan: WorkbookPlan; readonly refused: readonly RefusedSheet[] } {
  const levels = new Set(
    [...model.levels.map((l) => l.name), ...readSettings(model.settingsSheet).declaredLevels].map(nameKey),
  );
  const refused: RefusedSheet[] = [];
  const sheets = plan.sheets.filter((s) => {
    if (!levels.has(nameKey(s.name))) return true;
    refused.push({
      code: LEVEL_SHEET_KEPT,
      sheet: s.name,
      id: `Lembar '${s.name}' tidak ditulis: lembar itu adalah lembar level di Pengaturan, datanya dibiarkan utuh. Ganti nama level itu.`,
      en: `Sheet '${s.name}' was not written: it is a level sheet in Pengaturan, its data is left as it is. Rename that level.`,
    });
    return false;
  });
  if (refused.length === 0) return { plan, refused };
  const kept = plan.activate && sheets.some((s) => s.name === plan.activate!.sheet);
  const first = sheets[0]?.name;
  const activate = kept ? plan.activate : first === undefined ? undefined : { sheet: first };
  return { plan: activate ? { sheets, activate } : { sheets }, refused };
}
