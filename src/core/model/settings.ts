import type { CellPos, SheetData } from "../sheet";
import { cellText, nameKey } from "../text";
import { DEFAULT_LEVELS, readLevels, type LevelEntry } from "./settingsLevels";
import { readPeriod } from "./settingsPeriod";

export { DEFAULT_LEVELS } from "./settingsLevels";
export { SETTINGS_SHEET } from "../sheets";

export type RumusNegatif = "Standar" | "Rasio";

/** What the `Pengaturan` sheet says, before defaults from the level sheets are applied. */
export interface RawSettings {
  readonly pemerintahDaerah: string;
  readonly perangkatDaerah: string;
  readonly tahunAwal?: number;
  readonly tahunAkhir?: number;
  readonly tahunLaporan?: number;
  readonly rumusNegatif: RumusNegatif;
  /** Level sheet names, top to bottom. */
  readonly levels: readonly string[];
}

/** A reason `Pengaturan` is invalid (POKIN022), in both languages, at the cell to fix. */
export interface SettingsProblem {
  readonly cell: CellPos;
  readonly message: { readonly id: string; readonly en: string };
}

export interface SettingsRead {
  readonly settings: RawSettings;
  readonly problems: readonly SettingsProblem[];
  /** Where each key's value sits, for links and messages. */
  readonly cells: ReadonlyMap<string, CellPos>;
  /**
   * Every sheet a `Level N` entry names, valid or not: a build never writes over one of them,
   * even when the list is invalid and the default levels are read instead.
   */
  readonly declaredLevels: readonly string[];
}

const KEYS = {
  pemda: nameKey("Pemerintah Daerah"),
  opd: nameKey("Perangkat Daerah"),
  rumus: nameKey("Rumus Negatif"),
};

/**
 * Reads the `Pengaturan` sheet (SPEC §3.1): a `Kunci | Nilai` table. Invalid entries become
 * problems and fall back to their defaults; nothing throws.
 * @param sheet the sheet, or undefined when the workbook has none (all defaults)
 * @returns the settings, the problems found and where each key's value sits
 * @example readSettings(undefined).settings.levels // the five default levels
 */
export function readSettings(sheet: SheetData | undefined): SettingsRead {
  const problems: SettingsProblem[] = [];
  const cells = new Map<string, CellPos>();
  const base: RawSettings = {
    pemerintahDaerah: "",
    perangkatDaerah: "",
    rumusNegatif: "Standar",
    levels: [...DEFAULT_LEVELS],
  };
  if (!sheet) return { settings: base, problems, cells, declaredLevels: [] };

  const header = findHeader(sheet);
  if (!header) {
    problems.push({
      cell: { row: 0, col: 0 },
      message: {
        id: "Lembar Pengaturan tidak memiliki tabel berjudul 'Kunci | Nilai'; pengaturan bawaan dipakai.",
        en: "The Pengaturan sheet has no 'Kunci | Nilai' table; the defaults are used.",
      },
    });
    return { settings: base, problems, cells, declaredLevels: [] };
  }
  const values = new Map<string, { value: unknown; cell: CellPos }>();
  const levelEntries: LevelEntry[] = [];
  for (let r = header.row + 1; r < sheet.values.length; r++) {
    const key = nameKey(cellText(sheet.values[r]?.[header.keyCol]));
    if (key === "") continue;
    const cell = { row: r, col: header.valueCol };
    const value = sheet.values[r]?.[header.valueCol];
    const level = /^level (\d+)$/.exec(key);
    if (level) {
      const name = cellText(value);
      if (name !== "") levelEntries.push({ n: Number(level[1]), name, cell });
      continue;
    }
    if (!values.has(key)) {
      values.set(key, { value, cell });
      cells.set(key, cell);
    }
  }

  const text = (k: string) => cellText(values.get(k)?.value);
  const { tahunAwal, tahunAkhir, tahunLaporan } = readPeriod((k) => values.get(k), problems);

  let rumusNegatif: RumusNegatif = "Standar";
  const rumus = nameKey(text(KEYS.rumus));
  if (rumus === "rasio" || rumus === "ratio") rumusNegatif = "Rasio";
  else if (rumus !== "" && rumus !== "standar" && rumus !== "standard") {
    problems.push({
      cell: values.get(KEYS.rumus)!.cell,
      message: {
        id: `Rumus Negatif harus 'Standar' atau 'Rasio', terbaca '${text(KEYS.rumus)}'.`,
        en: `Rumus Negatif must be 'Standar' or 'Rasio', found '${text(KEYS.rumus)}'.`,
      },
    });
  }

  const levels = readLevels(levelEntries, problems);
  return {
    settings: {
      pemerintahDaerah: text(KEYS.pemda),
      perangkatDaerah: text(KEYS.opd),
      tahunAwal,
      tahunAkhir,
      tahunLaporan,
      rumusNegatif,
      levels,
    },
    problems,
    cells,
    declaredLevels: levelEntries.map((e) => e.name),
  };
}

function findHeader(sheet: SheetData): { row: number; keyCol: number; valueCol: number } | undefined {
  const rows = Math.min(sheet.values.length, 15);
  for (let r = 0; r < rows; r++) {
    const row = sheet.values[r] ?? [];
    const keyCol = row.findIndex((v) => nameKey(cellText(v)) === "kunci");
    const valueCol = row.findIndex((v) => nameKey(cellText(v)) === "nilai");
    if (keyCol >= 0 && valueCol >= 0) return { row: r, keyCol, valueCol };
  }
  return undefined;
}
