import type { CellPos, SheetData } from "../sheet";
import { cellText, nameKey } from "../text";
import { readNumber } from "../values/number";

/** The five levels of SPEC §3.2, top to bottom. */
export const DEFAULT_LEVELS = ["Tujuan RPD", "Tujuan OPD", "Program", "Kegiatan", "Sub Kegiatan"] as const;
export const SETTINGS_SHEET = "Pengaturan";

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
}

const KEYS = {
  pemda: nameKey("Pemerintah Daerah"),
  opd: nameKey("Perangkat Daerah"),
  awal: nameKey("Tahun Awal"),
  akhir: nameKey("Tahun Akhir"),
  laporan: nameKey("Tahun Laporan"),
  rumus: nameKey("Rumus Negatif"),
};

/**
 * Reads the `Pengaturan` sheet (SPEC §3.1): a `Kunci | Nilai` table. Invalid entries become
 * problems and fall back to their defaults; nothing throws.
 * @param sheet the sheet, or undefined when the workbook has none (all defaults)
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
  if (!sheet) return { settings: base, problems, cells };

  const header = findHeader(sheet);
  if (!header) {
    problems.push({
      cell: { row: 0, col: 0 },
      message: {
        id: "Lembar Pengaturan tidak memiliki tabel berjudul 'Kunci | Nilai'; pengaturan bawaan dipakai.",
        en: "The Pengaturan sheet has no 'Kunci | Nilai' table; the defaults are used.",
      },
    });
    return { settings: base, problems, cells };
  }
  const values = new Map<string, { value: unknown; cell: CellPos }>();
  const levelEntries: { n: number; name: string; cell: CellPos }[] = [];
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
  const year = (k: string, label: string): number | undefined => {
    const entry = values.get(k);
    if (!entry) return undefined;
    const read = readNumber(entry.value);
    if (read.state === "empty") return undefined;
    const n = read.value;
    if (n === undefined || !Number.isInteger(n) || n < 1900 || n > 2200) {
      problems.push({
        cell: entry.cell,
        message: {
          id: `${label} harus tahun bulat (mis. 2025), terbaca '${cellText(entry.value)}'.`,
          en: `${label} must be a whole year (e.g. 2025), found '${cellText(entry.value)}'.`,
        },
      });
      return undefined;
    }
    return n;
  };

  let tahunAwal = year(KEYS.awal, "Tahun Awal");
  let tahunAkhir = year(KEYS.akhir, "Tahun Akhir");
  let tahunLaporan = year(KEYS.laporan, "Tahun Laporan");
  if (tahunAwal !== undefined && tahunAkhir !== undefined) {
    if (tahunAwal > tahunAkhir) {
      problems.push({
        cell: values.get(KEYS.akhir)!.cell,
        message: {
          id: `Tahun Awal (${tahunAwal}) lebih besar dari Tahun Akhir (${tahunAkhir}).`,
          en: `Tahun Awal (${tahunAwal}) is after Tahun Akhir (${tahunAkhir}).`,
        },
      });
      tahunAwal = tahunAkhir = undefined;
    } else if (tahunAkhir - tahunAwal + 1 > 10) {
      problems.push({
        cell: values.get(KEYS.akhir)!.cell,
        message: {
          id: `Periode ${tahunAwal}–${tahunAkhir} lebih dari 10 tahun.`,
          en: `The period ${tahunAwal}–${tahunAkhir} is longer than 10 years.`,
        },
      });
      tahunAwal = tahunAkhir = undefined;
    }
  }
  if (tahunLaporan !== undefined && tahunAwal !== undefined && tahunAkhir !== undefined) {
    if (tahunLaporan < tahunAwal || tahunLaporan > tahunAkhir) {
      problems.push({
        cell: values.get(KEYS.laporan)!.cell,
        message: {
          id: `Tahun Laporan ${tahunLaporan} di luar periode ${tahunAwal}–${tahunAkhir}.`,
          en: `Tahun Laporan ${tahunLaporan} is outside the period ${tahunAwal}–${tahunAkhir}.`,
        },
      });
      tahunLaporan = undefined;
    }
  }

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
  };
}

function readLevels(
  entries: { n: number; name: string; cell: CellPos }[],
  problems: SettingsProblem[],
): string[] {
  if (entries.length === 0) return [...DEFAULT_LEVELS];
  const sorted = [...entries].sort((a, b) => a.n - b.n);
  const names = sorted.map((e) => e.name);
  const gap = sorted.findIndex((e, i) => e.n !== i + 1);
  const dup = names.findIndex((n, i) => names.findIndex((m) => nameKey(m) === nameKey(n)) !== i);
  const bad =
    sorted.length < 2 || sorted.length > 10
      ? {
          id: `Jumlah level harus 2–10, terbaca ${sorted.length}.`,
          en: `There must be 2–10 levels, found ${sorted.length}.`,
        }
      : gap >= 0
        ? {
            id: `Level harus bernomor urut dari 1; Level ${sorted[gap]!.n} tidak berurutan.`,
            en: `Levels must be numbered from 1 without gaps; Level ${sorted[gap]!.n} is out of sequence.`,
          }
        : dup >= 0
          ? {
              id: `Lembar '${names[dup]}' disebut dua kali sebagai level.`,
              en: `Sheet '${names[dup]}' is named twice as a level.`,
            }
          : undefined;
  if (!bad) return names;
  const at = gap >= 0 ? sorted[gap]! : dup >= 0 ? sorted[dup]! : sorted[0]!;
  problems.push({
    cell: at.cell,
    message: { id: `${bad.id} Level bawaan dipakai.`, en: `${bad.en} The default levels are used.` },
  });
  return [...DEFAULT_LEVELS];
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
