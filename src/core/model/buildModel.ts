import type { SheetData, WorkbookData } from "../sheet";
import { isBlank, nameKey } from "../text";
import { mapColumns, type ColumnMap } from "./columns";
import { NO_CHILDREN, type Indicator } from "./indicator";
import { NumberStore, numberLayout } from "./numberStore";
import { levelRows, readIndicator } from "./readIndicator";
import type { LevelRows } from "./sheetIndicator";
import { resolveSettings } from "./resolveSettings";
import { readSettings, SETTINGS_SHEET, type RawSettings, type SettingsProblem } from "./settings";

/** One level of the tree and the sheet that holds it. */
export interface LevelModel {
  /** 0-based, top = 0. */
  readonly index: number;
  /** The name the settings give the level. */
  readonly name: string;
  /** The sheet, when the workbook has it. */
  readonly sheet?: SheetData;
  readonly columns?: ColumnMap;
  readonly indicators: readonly Indicator[];
  /** 0-based rows that have content but no Kode (POKIN003). */
  readonly rowsWithoutKode: readonly number[];
}

/** Settings with the defaults of SPEC §3.1 applied. */
export interface Settings extends RawSettings {
  /** The plan period's years, Tahun Awal … Tahun Akhir (empty when nothing says). */
  readonly years: readonly number[];
  /** Tahun Laporan, or its default. */
  readonly reportYear?: number;
}

/** The workbook read as a pohon kinerja. */
export interface Model {
  readonly workbook: WorkbookData;
  readonly settings: Settings;
  readonly settingsSheet?: SheetData;
  readonly settingsProblems: readonly SettingsProblem[];
  readonly levels: readonly LevelModel[];
  /** Every indicator, level by level, in sheet order. */
  readonly indicators: readonly Indicator[];
  /** Kode → the first indicator with it. */
  readonly byKode: ReadonlyMap<string, Indicator>;
}

export interface BuildOptions {
  /** "Today", for the default Tahun Laporan; defaults to the clock. */
  readonly now?: Date;
}

/**
 * Finds a sheet by name, case-insensitively and ignoring extra spaces (SPEC §3).
 * @example findSheet(workbook, "sub  kegiatan")?.name // "Sub Kegiatan"
 */
export function findSheet(workbook: WorkbookData, name: string): SheetData | undefined {
  const key = nameKey(name);
  return workbook.sheets.find((s) => nameKey(s.name) === key);
}

/**
 * Reads a workbook into the pohon kinerja model: settings, level sheets, indicators with
 * their cells, and parent links (two passes: index by Kode, then attach). Never throws on
 * cell content: anything malformed is left for the rules to report.
 * @param workbook the workbook's values
 * @param options "today", for the default Tahun Laporan
 * @returns the model
 * @example buildModel({ sheets: [] }).levels.length // 5
 */
export function buildModel(workbook: WorkbookData, options: BuildOptions = {}): Model {
  const settingsSheet = findSheet(workbook, SETTINGS_SHEET);
  const read = { settingsSheet, ...readSettings(settingsSheet) };
  const levels: LevelModel[] = read.settings.levels.map((name, index) => readLevel(workbook, name, index));
  return assembleModel(workbook, read, levels, options.now ?? new Date());
}

/** Pengaturan as read: the sheet, what it says and what is wrong with it. */
export interface SettingsRead {
  readonly settingsSheet?: SheetData;
  readonly settings: RawSettings;
  readonly problems: readonly SettingsProblem[];
}

/**
 * Puts a model together from levels already read: the second pass of {@link buildModel}
 * (index by Kode, noting each repeat of a Kode, then attach each indicator to its parent) and the
 * settings' defaults. The indicators' `parent`, `children` and `repeatOf` are (re)set here, so a caller that keeps indicators
 * between models (the live check) may pass them again.
 * @example assembleModel(workbook, { settings, problems: [] }, levels, new Date()).byKode.get("1.1")
 */
export function assembleModel(
  workbook: WorkbookData,
  read: SettingsRead,
  levels: readonly LevelModel[],
  now: Date,
): Model {
  const indicators = ([] as Indicator[]).concat(...levels.map((l) => l.indicators));
  const byKode = new Map<string, Indicator>();
  for (let i = 0; i < indicators.length; i++) {
    const ind = indicators[i]!;
    if (ind.parent !== undefined) ind.parent = undefined;
    if (ind.children !== NO_CHILDREN) ind.children = NO_CHILDREN;
    const first = byKode.get(ind.kode);
    if (first === undefined) byKode.set(ind.kode, ind);
    ind.repeatOf = first;
  }
  for (let i = 0; i < indicators.length; i++) {
    const ind = indicators[i]!;
    const parent = ind.level > 0 && ind.kodeInduk !== "" ? byKode.get(ind.kodeInduk) : undefined;
    if (parent && parent.level === ind.level - 1 && parent !== ind) {
      ind.parent = parent;
      // An only child's list is made to measure; most parents have a few.
      if (parent.children === NO_CHILDREN) parent.children = [ind];
      else (parent.children as Indicator[]).push(ind);
    }
  }
  return {
    workbook,
    settings: resolveSettings(read.settings, levels, now),
    settingsSheet: read.settingsSheet,
    settingsProblems: read.problems,
    levels,
    indicators,
    byKode,
  };
}

function readLevel(workbook: WorkbookData, name: string, index: number): LevelModel {
  const sheet = findSheet(workbook, name);
  if (!sheet) return { index, name, indicators: [], rowsWithoutKode: [] };
  const columns = mapColumns(sheet.values[0] ?? []);
  const indicators: Indicator[] = [];
  const rowsWithoutKode: number[] = [];
  const { store, width } = levelStore(sheet, columns);
  const rows = levelRows(sheet, columns, index);
  for (let r = 1; r < sheet.values.length; r++) {
    const read = readLevelRow(sheet, columns, rows, r, store, r * width);
    if (read === "noKode") rowsWithoutKode.push(r);
    else if (read !== "blank") indicators.push(read);
  }
  return { index, name, sheet, columns, indicators, rowsWithoutKode };
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
