import type { SheetData } from "../sheet";
import { cellText, isBlank } from "../text";
import { isPercentUnit } from "../values/sifat";
import type { ColumnMap } from "./columns";
import type { Indicator } from "./indicator";
import { NumberStore, numberLayout } from "./numberStore";
import { SheetIndicator, type LevelRows } from "./sheetIndicator";

/**
 * What the rows of a level sheet share (one per sheet read).
 * @example levelRows(sheet, mapColumns(sheet.values[0] ?? []), 2).sheet // "Program"
 */
export function levelRows(sheet: SheetData, columns: ColumnMap, level: number): LevelRows {
  return { level, sheet: sheet.name, fields: columns.fields };
}

/**
 * Reads one row of a level sheet as an indicator: its texts, Kode and Kode Induk with stray
 * characters noted, polaritas and sifat, and every number cell with its state and column.
 * Never throws on cell content. Parent and children are left for buildModel to link.
 * The number cells go into `store` at `base` (a one-row store of their own when not given):
 * reading a whole sheet shares one store, so no object is made per cell.
 * @param sheet the level sheet
 * @param columns the sheet's header, mapped
 * @param level the level's index, top = 0, or what the sheet's rows share (levelRows)
 * @param r the 0-based row
 * @returns the indicator, or undefined when the row has no Kode
 * @example readIndicator(sheet, mapColumns(sheet.values[0] ?? []), 0, 1)?.kode // "1"
 */
export function readIndicator(
  sheet: SheetData,
  columns: ColumnMap,
  level: number | LevelRows,
  r: number,
  store?: NumberStore,
  base = 0,
): Indicator | undefined {
  const row = sheet.values[r] ?? [];
  const f = columns.fields;
  const kodeRaw = f.kode === undefined ? undefined : row[f.kode];
  const kode = cellText(kodeRaw);
  if (kode === "") return undefined;
  const rows = typeof level === "number" ? levelRows(sheet, columns, level) : level;
  // A sheet's store carries its layout: no lookup per row.
  const layout = store?.layout ?? numberLayout(columns);
  const cells = store ?? new NumberStore(layout, 1);
  const indicator = new SheetIndicator(rows, r, row, cells, base, kode, kodeRaw);
  if (layout.cols.length > 0)
    cells.fill(base, row, sheet.numberFormats?.[r], isPercentUnit(indicator.satuan));
  return indicator;
}

/**
 * One NumberStore for every row of a level sheet (row r's slots start at `r * width`).
 * @example const { store, width } = levelStore(sheet, columns)
 */
export function levelStore(sheet: SheetData, columns: ColumnMap): { store: NumberStore; width: number } {
  const layout = numberLayout(columns);
  return { store: new NumberStore(layout, sheet.values.length), width: layout.cols.length };
}

/**
 * Reads one row of a level sheet: the indicator, `"noKode"` for a row with content but no
 * Kode (POKIN003), or `"blank"`. Its number cells go into `store` at `base` when given.
 * @example readLevelRow(sheet, mapColumns(sheet.values[0] ?? []), 0, 1) // Indicator | "noKode" | "blank"
 */
export function readLevelRow(
  sheet: SheetData,
  columns: ColumnMap,
  index: number | LevelRows,
  r: number,
  store?: NumberStore,
  base?: number,
): Indicator | "noKode" | "blank" {
  const row = sheet.values[r];
  if (!row) return "blank";
  // A row with a Kode has content: only rows without one need every cell looked at.
  const indicator = readIndicator(sheet, columns, index, r, store, base);
  if (indicator) return indicator;
  return row.every(isBlank) ? "blank" : "noKode";
}
