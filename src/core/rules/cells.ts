import type { Lang } from "../messages";
import type { LevelModel } from "../model/buildModel";
import type { Field } from "../model/columns";
import type { Indicator } from "../model/indicator";

/**
 * The column of a field on an indicator's level, or 0 when the column is missing
 * (a rule about a missing column is POKIN002's, so this fallback is only for safety).
 * @param level the indicator's level, if it exists
 * @param field the field
 * @returns the 0-based column
 * @example fieldCol(model.levels[ind.level], "satuan") // the column of Satuan on that sheet
 */
export function fieldCol(level: LevelModel | undefined, field: Field): number {
  return level?.columns?.fields[field] ?? 0;
}

/**
 * Short "Kode" prefix for messages.
 * @example kodeLabel(indicator) // "[1.2.3]" for Kode 1.2.3
 */
export function kodeLabel(ind: Indicator): string {
  return `[${ind.kode}]`;
}

const FORMATS = {
  id: new Intl.NumberFormat("id-ID", { useGrouping: false, maximumFractionDigits: 10 }),
  en: new Intl.NumberFormat("en-US", { useGrouping: false, maximumFractionDigits: 10 }),
};

/**
 * A number in a language's notation, without grouping (so `1234,5` cannot be read as a
 * thousands separator).
 * @example numberText(1234.5, "id") // "1234,5"; numberText(1234.5, "en") // "1234.5"
 */
export function numberText(n: number, lang: Lang): string {
  return FORMATS[lang].format(n);
}
