import { nameKey } from "../text";

/** The columns of a level sheet that have a single meaning (SPEC §3.2). */
export const FIELDS = {
  kode: "Kode",
  kodeInduk: "Kode Induk",
  uraian: "Uraian",
  indikator: "Indikator",
  satuan: "Satuan",
  polaritas: "Polaritas",
  sifat: "Sifat",
  kodeNomenklatur: "Kode Nomenklatur",
  baseline: "Baseline",
  penanggungJawab: "Penanggung Jawab",
  crosscutting: "Crosscutting",
  keterangan: "Keterangan",
  /** The owning OPD, in a Pemda workbook made by gabung (SPEC §11). */
  perangkatDaerah: "Perangkat Daerah",
} as const;

export type Field = keyof typeof FIELDS;

const FIELD_BY_KEY = new Map<string, Field>(
  (Object.keys(FIELDS) as Field[]).map((f) => [nameKey(FIELDS[f]), f]),
);

/** Where each known column of a level sheet sits (0-based), found by header text. */
export interface ColumnMap {
  readonly fields: Partial<Record<Field, number>>;
  /** year → column of `Target YYYY` */
  readonly targets: ReadonlyMap<number, number>;
  /** year → column of `Realisasi YYYY` */
  readonly realisasi: ReadonlyMap<number, number>;
  /** year → columns of `Realisasi YYYY TW1` … `TW4` (undefined where absent) */
  readonly quarters: ReadonlyMap<number, readonly (number | undefined)[]>;
  /** Number of header cells (the header row's length). */
  readonly width: number;
}

const QUARTER_WORDS: Record<string, number> = { "1": 1, "2": 2, "3": 3, "4": 4, i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * Finds the known columns of a level sheet from its header row (SPEC §3.2): names matched
 * case-insensitively, ignoring extra and non-breaking spaces; any order; the first of two
 * columns with the same header wins; unknown columns are ignored (and kept by the writers).
 * @example mapColumns(["Kode", "Target 2025"]).targets.get(2025) // 1
 */
export function mapColumns(header: readonly unknown[]): ColumnMap {
  const fields: Partial<Record<Field, number>> = {};
  const targets = new Map<number, number>();
  const realisasi = new Map<number, number>();
  const quarters = new Map<number, (number | undefined)[]>();
  header.forEach((cell, col) => {
    if (typeof cell !== "string" && typeof cell !== "number") return;
    const key = nameKey(String(cell));
    const field = FIELD_BY_KEY.get(key);
    if (field !== undefined) {
      if (fields[field] === undefined) fields[field] = col;
      return;
    }
    let m = /^target (\d{4})$/.exec(key);
    if (m) {
      setOnce(targets, Number(m[1]), col);
      return;
    }
    m = /^realisasi (\d{4})$/.exec(key);
    if (m) {
      setOnce(realisasi, Number(m[1]), col);
      return;
    }
    m = /^realisasi (\d{4}) (?:tw|triwulan) ?(1|2|3|4|i|ii|iii|iv)$/.exec(key);
    if (m) {
      const year = Number(m[1]);
      const q = QUARTER_WORDS[m[2]!]!;
      const cols = quarters.get(year) ?? [undefined, undefined, undefined, undefined];
      if (cols[q - 1] === undefined) cols[q - 1] = col;
      quarters.set(year, cols);
    }
  });
  return { fields, targets, realisasi, quarters, width: header.length };
}

function setOnce(map: Map<number, number>, key: number, value: number): void {
  if (!map.has(key)) map.set(key, value);
}

/**
 * The columns every level sheet must have (Kode Induk only below level 1; targets per year).
 * @param levelIndex the level, top = 0
 * @returns the required fields, in header order
 * @example requiredFields(0) // ["kode", "uraian", "indikator", "satuan"]
 */
export function requiredFields(levelIndex: number): Field[] {
  const base: Field[] = ["kode", "kodeInduk", "uraian", "indikator", "satuan"];
  return levelIndex === 0 ? base.filter((f) => f !== "kodeInduk") : base;
}
