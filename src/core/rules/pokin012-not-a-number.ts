import type { LevelModel } from "../model/buildModel";
import type { NumberCell } from "../model/indicator";
import { rowMayHave } from "../model/yearCells";
import { cellText } from "../text";
import { readNumber, type NumberState } from "../values/number";
import { isPercentUnit } from "../values/sifat";
import type { Rule } from "./types";

/** A Baseline, Target, Realisasi or quarter cell of one row, read as a number. */
export interface NumericCell extends NumberCell {
  readonly row: number;
  /** The row's Kode, when it has one. */
  readonly kode?: string;
  /** The column's name, e.g. `Target 2025` or `Realisasi 2025 TW1`. */
  readonly label: string;
}

/**
 * POKIN012 (error): a Baseline, Target, Realisasi or quarter cell holds something that is no
 * number — text such as `tujuh puluh`, a TRUE/FALSE, a date. Checked on every row with content,
 * with or without a Kode, since a row without a Kode (POKIN003) still needs readable numbers once
 * it gets one. Excel error values are POKIN023's.
 */
export const pokin012: Rule = {
  id: "POKIN012",
  severity: "error",
  *check(model) {
    for (const level of model.levels) {
      for (const cell of numericCells(level, "invalid")) {
        const who = cell.kode !== undefined ? `[${cell.kode}]` : `Baris ${cell.row + 1}:`;
        const whoEn = cell.kode !== undefined ? `[${cell.kode}]` : `Row ${cell.row + 1}:`;
        const shown = shorten(cellText(cell.raw));
        yield {
          sheet: level.sheet?.name ?? level.name,
          row: cell.row,
          col: cell.col,
          ...(cell.kode !== undefined ? { kode: cell.kode } : {}),
          message: {
            id: `${who} ${cell.label} '${shown}' tidak dapat dibaca sebagai angka.`,
            en: `${whoEn} ${cell.label} '${shown}' cannot be read as a number.`,
          },
        };
      }
    }
  },
};

/**
 * The Baseline, `Target YYYY`, `Realisasi YYYY` and `Realisasi YYYY TWn` cells of a level's rows
 * with content that are in one state: the model's cells for indicators, read here (the same
 * way) for rows without a Kode. Filtering by state before anything is built keeps a check of
 * 100,000 rows cheap. Shared by POKIN012 and POKIN013; the runner sorts what they report.
 * @param level a level of the model
 * @param state the state wanted, e.g. `"invalid"`
 * @returns the cells in that state; none when the sheet is missing
 * @example [...numericCells(level, "text")].map((c) => c.value)
 */
export function* numericCells(level: LevelModel, state: NumberState): Generator<NumericCell> {
  const { sheet, columns } = level;
  if (!sheet || !columns) return;
  const labels = numberLabels(level);
  const label = (c: number) => labels.get(c) ?? "";

  for (const ind of level.indicators) {
    if (!rowMayHave(ind, state)) continue; // most rows: no cell in this state, nothing to make
    const found: NumberCell[] = [];
    const take = (c: NumberCell | undefined) => c?.state === state && found.push(c);
    take(ind.baseline);
    ind.targets.forEach(take);
    ind.realisasi.forEach(take);
    ind.quarters.forEach((q) => q.forEach(take));
    found.sort((a, b) => a.col - b.col);
    for (const c of found) yield { ...c, row: ind.row, kode: ind.kode, label: label(c.col) };
  }

  if (level.rowsWithoutKode.length === 0) return;
  const order = [...labels.keys()].sort((a, b) => a - b);
  const satuanCol = columns.fields.satuan;
  for (const r of level.rowsWithoutKode) {
    const values = sheet.values[r] ?? [];
    const percent = isPercentUnit(satuanCol === undefined ? "" : cellText(values[satuanCol]));
    for (const c of order) {
      const raw = values[c];
      const read = readNumber(raw, sheet.numberFormats?.[r]?.[c], percent);
      if (read.state === state) yield { ...read, col: c, raw, row: r, label: label(c) };
    }
  }
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

/** Keeps a long cell text readable inside a one-line message. */
function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
