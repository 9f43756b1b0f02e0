import type { LevelModel, Model } from "../model/buildModel";
import type { SheetData } from "../sheet";

/**
 * The rules whose findings on a row depend on that row alone (with the settings, the level
 * sheet's header and the reference list, whose edits make the live check start over): the live
 * check re-runs them on the edited rows only. Every other rule (links between rows, duplicates,
 * sheets and settings) runs whole on each re-check. A rule missing here is still right, only
 * slower; a rule listed here wrongly is caught by the incremental-equals-full property test.
 */
export const ROW_RULES: ReadonlySet<string> = new Set([
  "POKIN009",
  "POKIN010",
  "POKIN011",
  "POKIN012",
  "POKIN013",
  "POKIN014",
  "POKIN015",
  "POKIN016",
  "POKIN017",
  "POKIN018",
  "POKIN021",
  "POKIN023",
  "POKIN024",
]);

/**
 * The model as the row rules should see it when only some rows changed: each level keeps its
 * header and settings, but its indicators, rows without Kode and sheet rows are those rows only.
 * Pengaturan is left out (its edits start the live check over).
 * @param model the whole model
 * @param rows the rows to re-check, per level index
 * @example rowView(model, new Map([[2, new Set([5])]])).indicators.length // 0 or 1
 */
export function rowView(model: Model, rows: ReadonlyMap<number, ReadonlySet<number>>): Model {
  const levels: LevelModel[] = model.levels.map((level) => {
    const wanted = rows.get(level.index);
    if (!wanted || !level.sheet) return { ...level, indicators: [], rowsWithoutKode: [], sheet: undefined };
    return {
      ...level,
      sheet: sparseSheet(level.sheet, wanted),
      indicators: level.indicators.filter((i) => wanted.has(i.row)),
      rowsWithoutKode: level.rowsWithoutKode.filter((r) => wanted.has(r)),
    };
  });
  return {
    ...model,
    settingsSheet: undefined,
    levels,
    indicators: levels.flatMap((l) => l.indicators),
  };
}

/** The sheet with only the wanted rows (the others are holes, which every rule skips). */
function sparseSheet(sheet: SheetData, wanted: ReadonlySet<number>): SheetData {
  const values: (readonly unknown[])[] = [];
  const numberFormats: (readonly (string | undefined)[] | undefined)[] = [];
  values.length = sheet.values.length;
  for (const r of wanted) {
    if (r >= sheet.values.length) continue;
    values[r] = sheet.values[r]!;
    numberFormats[r] = sheet.numberFormats?.[r];
  }
  return { name: sheet.name, values, numberFormats: numberFormats as SheetData["numberFormats"] };
}
