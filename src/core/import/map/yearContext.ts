import type { SheetData } from "../../sheet";
import { cellText } from "../../text";
import type { HeaderInfo } from "../detect/detectHeader";
import type { RawColumn } from "../detect/readColumns";
import { chosenFirstYear } from "./chosenFirstYear";
import { templateYear, type YearContext, type YearSettings } from "./templateYear";

/**
 * What a pasted template says about its years, read from its title rows (above the header) and
 * header paths, with the workbook's settings and the planner's choice of the first year
 * (`tahunAwal`, or `Tahun Awal=YYYY` / a `Tahun N` column set to a year in the `--map` text).
 * @returns the year context and the `--map` text left for the column overrides
 * @example yearContext(sheet, 0, header, columns, model.settings, { now }).years.year // 2025
 */
export function yearContext(
  sheet: SheetData,
  top: number,
  header: HeaderInfo,
  columns: readonly RawColumn[],
  settings: YearSettings,
  options: { readonly map?: string; readonly tahunAwal?: number; readonly now?: Date },
): { years: YearContext; titles: string[]; map?: string } {
  const titles: string[] = [];
  for (let r = top; r < (header.rows[0] ?? 0); r++) titles.push(...(sheet.values[r] ?? []).map(cellText));
  const chosen = chosenFirstYear(options.map, columns);
  const first = options.tahunAwal ?? chosen.first;
  const years = templateYear(
    titles,
    header.paths.map((p) => p.join(" ")),
    { ...settings, ...(first !== undefined ? { chosenFirst: first } : {}) },
    options.now ?? new Date(),
  );
  return { years, titles, ...(chosen.map !== undefined ? { map: chosen.map } : {}) };
}
