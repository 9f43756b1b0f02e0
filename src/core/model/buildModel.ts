import type { SheetData, WorkbookData } from "../sheet";
import { nameKey } from "../text";
import { mapColumns, type ColumnMap } from "./columns";
import { NO_CHILDREN, type Indicator } from "./indicator";
import { KodeLinks } from "./kodeLinks";
import { levelRows, levelStore, readLevelRow } from "./readIndicator";
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
 * their cells, and parent links (each row indexed by Kode and linked as it is read, level by
 * level). Never throws on cell content: anything malformed is left for the rules to report.
 * @param workbook the workbook's values
 * @param options "today", for the default Tahun Laporan
 * @returns the model
 * @example buildModel({ sheets: [] }).levels.length // 5
 */
export function buildModel(workbook: WorkbookData, options: BuildOptions = {}): Model {
  const settingsSheet = findSheet(workbook, SETTINGS_SHEET);
  const read = { settingsSheet, ...readSettings(settingsSheet) };
  const links = new KodeLinks();
  const levels: LevelModel[] = read.settings.levels.map((name, index) =>
    readLevel(workbook, name, index, links),
  );
  return modelOf(workbook, read, levels, links, options.now ?? new Date());
}

/** Pengaturan as read: the sheet, what it says and what is wrong with it. */
export interface SettingsRead {
  readonly settingsSheet?: SheetData;
  readonly settings: RawSettings;
  readonly problems: readonly SettingsProblem[];
}

/**
 * Puts a model together from levels already read: indexes them by Kode, noting each repeat of a
 * Kode, attaches each indicator to its parent, and applies the settings' defaults. The
 * indicators' `parent`, `children` and `repeatOf` are (re)set here, so a caller that keeps
 * indicators between models (the live check) may pass them again.
 * @example assembleModel(workbook, { settings, problems: [] }, levels, new Date()).byKode.get("1.1")
 */
export function assembleModel(
  workbook: WorkbookData,
  read: SettingsRead,
  levels: readonly LevelModel[],
  now: Date,
): Model {
  for (const level of levels) {
    for (const ind of level.indicators) {
      if (ind.parent !== undefined) ind.parent = undefined;
      if (ind.children !== NO_CHILDREN) ind.children = NO_CHILDREN;
    }
  }
  const links = new KodeLinks();
  for (const level of levels) for (const ind of level.indicators) links.add(ind);
  return modelOf(workbook, read, levels, links, now);
}

function modelOf(
  workbook: WorkbookData,
  read: SettingsRead,
  levels: readonly LevelModel[],
  links: KodeLinks,
  now: Date,
): Model {
  return {
    workbook,
    settings: resolveSettings(read.settings, levels, now),
    settingsSheet: read.settingsSheet,
    settingsProblems: read.problems,
    levels,
    indicators: ([] as Indicator[]).concat(...levels.map((l) => l.indicators)),
    byKode: links.byKode,
  };
}

function readLevel(workbook: WorkbookData, name: string, index: number, links: KodeLinks): LevelModel {
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
    else if (read !== "blank") {
      indicators.push(read);
      links.add(read);
    }
  }
  return { index, name, sheet, columns, indicators, rowsWithoutKode };
}
