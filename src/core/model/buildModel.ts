import type { SheetData, WorkbookData } from "../sheet";
import { cellText, isBlank, nameKey } from "../text";
import { readKode } from "../values/kode";
import { readNumber } from "../values/number";
import { readPolaritas } from "../values/polarity";
import { isPercentUnit, readSifat } from "../values/sifat";
import { mapColumns, type ColumnMap } from "./columns";
import type { Indicator, NumberCell } from "./indicator";
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

/** Finds a sheet by name, case-insensitively and ignoring extra spaces (SPEC §3). */
export function findSheet(workbook: WorkbookData, name: string): SheetData | undefined {
  const key = nameKey(name);
  return workbook.sheets.find((s) => nameKey(s.name) === key);
}

/**
 * Reads a workbook into the pohon kinerja model: settings, level sheets, indicators with
 * their cells, and parent links (two passes: index by Kode, then attach). Never throws on
 * cell content: anything malformed is left for the rules to report.
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

function resolveSettings(raw: RawSettings, levels: LevelModel[], now: Date): Settings {
  let { tahunAwal, tahunAkhir } = raw;
  if (tahunAwal === undefined || tahunAkhir === undefined) {
    const found = levels.flatMap((l) => [...(l.columns?.targets.keys() ?? [])]);
    if (found.length > 0) {
      tahunAwal ??= Math.min(...found);
      tahunAkhir ??= Math.max(...found);
    }
  }
  const years: number[] = [];
  if (
    tahunAwal !== undefined &&
    tahunAkhir !== undefined &&
    tahunAwal <= tahunAkhir &&
    tahunAkhir - tahunAwal < 10
  ) {
    for (let y = tahunAwal; y <= tahunAkhir; y++) years.push(y);
  }
  const thisYear = now.getFullYear();
  const reportYear =
    raw.tahunLaporan ??
    (years.includes(thisYear) ? thisYear : years.length > 0 ? years[years.length - 1] : undefined);
  return { ...raw, tahunAwal, tahunAkhir, years, reportYear };
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

/** Shared by every indicator of a sheet without quarter/realisasi columns: nothing to allocate. */
const NO_CELLS: ReadonlyMap<number, never> = new Map<number, never>();

function readIndicator(
  sheet: SheetData,
  columns: ColumnMap,
  level: number,
  r: number,
): Indicator | undefined {
  const row = sheet.values[r] ?? [];
  const f = columns.fields;
  const at = (col: number | undefined): unknown => (col === undefined ? undefined : row[col]);
  const text = (col: number | undefined): string => cellText(at(col));
  const kode = readKode(at(f.kode));
  if (kode.kode === "") return undefined;
  const induk = readKode(at(f.kodeInduk));
  const satuan = text(f.satuan);
  const percent = isPercentUnit(satuan);
  const formats = sheet.numberFormats?.[r];
  // Built field by field (no spread): this runs for every numeric cell of the workbook.
  const num = (col: number): NumberCell => {
    const raw = row[col];
    const read = readNumber(raw, formats?.[col], percent);
    return { state: read.state, value: read.value, col, raw };
  };
  const yearCells = (map: ReadonlyMap<number, number>): ReadonlyMap<number, NumberCell> => {
    if (map.size === 0) return NO_CELLS;
    const out = new Map<number, NumberCell>();
    for (const [year, col] of map) out.set(year, num(col));
    return out;
  };
  let quarters: ReadonlyMap<number, readonly (NumberCell | undefined)[]> = NO_CELLS;
  if (columns.quarters.size > 0) {
    const q = new Map<number, (NumberCell | undefined)[]>();
    for (const [year, cols] of columns.quarters)
      q.set(
        year,
        cols.map((c) => (c === undefined ? undefined : num(c))),
      );
    quarters = q;
  }
  const polaritasText = text(f.polaritas);
  const polaritas = readPolaritas(polaritasText);
  const crosscutting = text(f.crosscutting);
  return {
    level,
    sheet: sheet.name,
    row: r,
    kode: kode.kode,
    kodeStray: kode.stray,
    kodeInduk: induk.kode,
    kodeIndukStray: induk.stray,
    uraian: text(f.uraian),
    indikator: text(f.indikator),
    satuan,
    polaritasText,
    polaritas: polaritas.value,
    polaritasValid: polaritas.valid,
    sifat: readSifat(text(f.sifat), satuan),
    kodeNomenklatur: text(f.kodeNomenklatur),
    penanggungJawab: text(f.penanggungJawab),
    crosscutting:
      crosscutting === ""
        ? []
        : crosscutting
            .split(";")
            .map((s) => s.trim())
            .filter((s) => s !== ""),
    keterangan: text(f.keterangan),
    baseline: f.baseline === undefined ? undefined : num(f.baseline),
    targets: yearCells(columns.targets),
    realisasi: yearCells(columns.realisasi),
    quarters,
    children: [],
  };
}
