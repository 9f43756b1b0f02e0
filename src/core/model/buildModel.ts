import type { SheetData, WorkbookData } from "../sheet";
import { isBlank, nameKey } from "../text";
import { mapColumns, type ColumnMap } from "./columns";
import type { Indicator } from "./indicator";
import { readIndicator } from "./readIndicator";
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
  const { settings: raw, problems } = readSettings(settingsSheet);

  const levels: LevelModel[] = raw.levels.map((name, index) => readLevel(workbook, name, index));
  const indicators = levels.flatMap((l) => l.indicators);

  const byKode = new Map<string, Indicator>();
  for (const ind of indicators) if (ind.kode !== "" && !byKode.has(ind.kode)) byKode.set(ind.kode, ind);
  for (const ind of indicators) {
    const parent = ind.level > 0 && ind.kodeInduk !== "" ? byKode.get(ind.kodeInduk) : undefined;
    if (parent && parent.level === ind.level - 1 && parent !== ind) {
      ind.parent = parent;
      parent.children.push(ind);
    }
  }

  return {
    workbook,
    settings: resolveSettings(raw, levels, options.now ?? new Date()),
    settingsSheet,
    settingsProblems: problems,
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
  for (let r = 1; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (!row || row.every(isBlank)) continue;
    const ind = readIndicator(sheet, columns, index, r);
    if (ind) indicators.push(ind);
    else rowsWithoutKode.push(r);
  }
  return { index, name, sheet, columns, indicators, rowsWithoutKode };
}
