import { findSheet, type LevelModel } from "../model/buildModel";
import { levelRows, levelStore, readLevelRow } from "../model/readIndicator";
import { mapColumns, type ColumnMap } from "../model/columns";
import type { Indicator } from "../model/indicator";
import type { SheetData, WorkbookData } from "../sheet";
import type { MutableSheet } from "./cellEdit";

/** One level as the live model keeps it: each row read once, re-read only when edited. */
export interface LiveLevel {
  readonly index: number;
  readonly name: string;
  readonly sheet?: MutableSheet;
  readonly columns?: ColumnMap;
  /** rows[r]: the row's indicator, "noKode" (POKIN003) or "blank". */
  readonly rows: (Indicator | "noKode" | "blank")[];
}

/** What an edit did to the model: rows to re-check per level, or everything. */
export type LiveChange = { readonly kind: "full" } | RowsChange;

/** Edits within level rows: which rows, and the Kodes and Kode Induks they had or have now. */
export interface RowsChange {
  readonly kind: "rows";
  readonly rows: ReadonlyMap<number, ReadonlySet<number>>;
  /** Every Kode an edited row held before or holds now. */
  readonly kodes: ReadonlySet<string>;
  /** Every Kode Induk an edited row held before or holds now. */
  readonly induks: ReadonlySet<string>;
  /** Levels an edited row sits on. */
  readonly levels: ReadonlySet<number>;
}

/**
 * Reads one level sheet of the live model: every row once, into one NumberStore.
 * @example readLiveLevel(workbook, "Program", 2).rows[1] // the indicator of row 2, "noKode" or "blank"
 */
export function readLiveLevel(workbook: WorkbookData, name: string, index: number): LiveLevel {
  const sheet = findSheet(workbook, name) as MutableSheet | undefined;
  if (!sheet) return { index, name, rows: [] };
  const columns = mapColumns(sheet.values[0] ?? []);
  const rows: LiveLevel["rows"] = [];
  const { store, width } = levelStore(sheet, columns);
  const shared = levelRows(sheet, columns, index);
  for (let r = 1; r < sheet.values.length; r++)
    rows[r] = readLevelRow(sheet, columns, shared, r, store, r * width);
  return { index, name, sheet, columns, rows };
}

/**
 * The levels as a model has them: indicators and rows without Kode, in sheet order.
 * @example levelModels(levels)[2]?.indicators.length
 */
export function levelModels(levels: readonly LiveLevel[]): LevelModel[] {
  return levels.map((l) => {
    if (!l.sheet) return { index: l.index, name: l.name, indicators: [], rowsWithoutKode: [] };
    const indicators: Indicator[] = [];
    const rowsWithoutKode: number[] = [];
    for (let r = 1; r < l.rows.length; r++) {
      const row = l.rows[r];
      if (row === "noKode") rowsWithoutKode.push(r);
      else if (row !== undefined && row !== "blank") indicators.push(row);
    }
    return { index: l.index, name: l.name, sheet: l.sheet, columns: l.columns, indicators, rowsWithoutKode };
  });
}

/** A sheet whose outer arrays the live model may grow and whose rows it replaces. */
export function copySheet(sheet: SheetData): MutableSheet {
  return {
    name: sheet.name,
    values: [...sheet.values],
    numberFormats: sheet.numberFormats ? [...sheet.numberFormats] : [],
  };
}
