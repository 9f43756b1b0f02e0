import type { LevelModel, Model } from "../model/buildModel";
import type { SheetData } from "../sheet";

/**
 * The model as a rule sees it when only some rows changed: each level keeps its header and
 * settings, but its indicators, rows without Kode and sheet rows are those rows only; the Kode
 * index and the links stay whole. Pengaturan is left out (its edits start the live check over).
 * @example rowView(model, new Map([[2, new Set([5])]])).indicators.length // 0 or 1
 */
export function rowView(model: Model, rows: ReadonlyMap<number, ReadonlySet<number>>): Model {
  const levels: LevelModel[] = model.levels.map((level) => {
    const wanted = rows.get(level.index) ?? NONE;
    if (!level.sheet) return level;
    return {
      ...level,
      sheet: sparseSheet(level.sheet, wanted),
      indicators: level.indicators.filter((i) => wanted.has(i.row)),
      rowsWithoutKode: level.rowsWithoutKode.filter((r) => wanted.has(r)),
    };
  });
  return { ...model, settingsSheet: undefined, levels, indicators: levels.flatMap((l) => l.indicators) };
}

const NONE: ReadonlySet<number> = new Set();

/** The sheet with only the wanted rows (the others are holes, which every rule skips). */
function sparseSheet(sheet: SheetData, wanted: ReadonlySet<number>): SheetData {
  const values: (readonly unknown[])[] = [];
  const numberFormats: (readonly (string | undefined)[])[] = [];
  values.length = sheet.values.length;
  for (const r of wanted) {
    if (r >= sheet.values.length) continue;
    values[r] = sheet.values[r]!;
    const formats = sheet.numberFormats?.[r];
    if (formats) numberFormats[r] = formats;
  }
  return { name: sheet.name, values, numberFormats };
}
