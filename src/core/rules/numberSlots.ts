import type { LevelModel } from "../model/buildModel";
import type { NumberCell } from "../model/indicator";
import { numberLayout, type NumberLayout } from "../model/numberStore";
import { cellText } from "../text";
import { readNumber, type NumberState } from "../values/number";
import { isPercentUnit } from "../values/sifat";

/**
 * Where a level's number cells sit in each indicator's slots (see Indicator.slotState): rules
 * resolve a year to its slot once per level, then read every row by slot.
 * @example layoutOf(level)?.targets.get(2025) // the slot of Target 2025
 */
export function layoutOf(level: LevelModel): NumberLayout | undefined {
  return level.sheet && level.columns ? numberLayout(level.columns) : undefined;
}

/**
 * Every slot of a layout, in column order (the order a row's cells are read left to right).
 * @example slotsByColumn(layout).map((j) => layout.cols[j]) // ascending columns
 */
export function slotsByColumn(layout: NumberLayout): number[] {
  return layout.cols.map((_, j) => j).sort((a, b) => layout.cols[a]! - layout.cols[b]!);
}

/**
 * The header of every number column of a level (Baseline, Target YYYY, Realisasi YYYY, its
 * quarters), by 0-based column.
 * @example numberLabels(level).get(9) // "Target 2025"
 */
export function numberLabels(level: LevelModel): Map<number, string> {
  const labels = new Map<number, string>();
  const columns = level.columns;
  if (!columns) return labels;
  if (columns.fields.baseline !== undefined) labels.set(columns.fields.baseline, "Baseline");
  for (const [year, c] of columns.targets) labels.set(c, `Target ${year}`);
  for (const [year, c] of columns.realisasi) labels.set(c, `Realisasi ${year}`);
  for (const [year, cols] of columns.quarters) {
    cols.forEach((c, q) => c !== undefined && labels.set(c, `Realisasi ${year} TW${q + 1}`));
  }
  return labels;
}

/** A number cell of a row without Kode (POKIN003), read as the model reads an indicator's. */
export interface LooseCell extends NumberCell {
  readonly row: number;
}

/**
 * The number cells in one state of a level's rows that have content but no Kode: read here the
 * same way the model reads an indicator's, since such a row still needs readable numbers once
 * it gets a Kode. Shared by POKIN012 and POKIN013.
 * @example looseCells(level, "invalid").map((c) => [c.row, c.col])
 */
export function looseCells(level: LevelModel, state: NumberState): LooseCell[] {
  const { sheet, columns } = level;
  const found: LooseCell[] = [];
  if (!sheet || !columns || level.rowsWithoutKode.length === 0) return found;
  const order = [...numberLayout(columns).cols].sort((a, b) => a - b);
  const satuanCol = columns.fields.satuan;
  for (const r of level.rowsWithoutKode) {
    const values = sheet.values[r] ?? [];
    const percent = isPercentUnit(satuanCol === undefined ? "" : cellText(values[satuanCol]));
    for (const c of order) {
      const raw = values[c];
      const read = readNumber(raw, sheet.numberFormats?.[r]?.[c], percent);
      if (read.state === state) found.push({ ...read, col: c, raw, row: r });
    }
  }
  return found;
}
