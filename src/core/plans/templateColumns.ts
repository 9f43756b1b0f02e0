import type { ContentRow, TreeContent } from "../model/content";
import { nameKey } from "../text";
import type { PlanValue } from "./types";

/** A column of a level sheet: its header, width (characters) and the value a row puts in it. */
export interface TemplateColumn {
  readonly header: string;
  readonly width: number;
  readonly value: (row: ContentRow) => PlanValue;
}

/**
 * The columns of a level sheet in the order of SPEC §3.2: Kode, Kode Induk (not on level 1),
 * Uraian, Indikator, Satuan, Polaritas, Sifat, Kode Nomenklatur, Baseline, a Target and then a
 * Realisasi column per year, Penanggung Jawab, Crosscutting, Keterangan. Absent values are
 * empty cells; numbers stay numbers.
 * @param hasParent whether the level has a level above (then it has Kode Induk)
 * @param years the years of the Target/Realisasi columns
 * @returns the columns, left to right
 * @example levelColumns(false, [2025]).map((c) => c.header)[0] // "Kode"
 */
export function levelColumns(hasParent: boolean, years: readonly number[]): TemplateColumn[] {
  const text = (v: string | undefined): PlanValue => (v === undefined || v === "" ? null : v);
  const num = (v: number | undefined): PlanValue => (v === undefined || !Number.isFinite(v) ? null : v);
  const columns: (TemplateColumn | undefined)[] = [
    { header: "Kode", width: 12, value: (r) => text(r.kode) },
    hasParent ? { header: "Kode Induk", width: 12, value: (r) => text(r.kodeInduk) } : undefined,
    { header: "Uraian", width: 45, value: (r) => text(r.uraian) },
    { header: "Indikator", width: 45, value: (r) => text(r.indikator) },
    { header: "Satuan", width: 11, value: (r) => text(r.satuan) },
    { header: "Polaritas", width: 11, value: (r) => text(r.polaritas) },
    { header: "Sifat", width: 11, value: (r) => text(r.sifat) },
    { header: "Kode Nomenklatur", width: 19, value: (r) => text(r.kodeNomenklatur) },
    { header: "Baseline", width: 11, value: (r) => num(r.baseline) },
    ...years.map((y) => ({
      header: `Target ${y}`,
      width: 12,
      value: (r: ContentRow) => num(r.targets?.[y]),
    })),
    ...years.map((y) => ({
      header: `Realisasi ${y}`,
      width: 12,
      value: (r: ContentRow) => num(r.realisasi?.[y]),
    })),
    { header: "Penanggung Jawab", width: 24, value: (r) => text(r.penanggungJawab) },
    { header: "Crosscutting", width: 24, value: (r) => text(r.crosscutting) },
    { header: "Keterangan", width: 30, value: (r) => text(r.keterangan) },
  ];
  return columns.filter((c): c is TemplateColumn => c !== undefined);
}

/**
 * The years that get Target/Realisasi columns: Tahun Awal … Tahun Akhir from the settings
 * (when valid, at most 10 years), plus any year a row has a target or realisasi for, so that
 * no number of the content is dropped.
 * @param content the settings and rows of a tree
 * @returns the years, ascending
 * @example periodYears(EMPTY_TEMPLATE) // the default period's years
 */
export function periodYears(content: TreeContent): number[] {
  const setting = (key: string) => {
    const entry = content.settings.find(([k]) => nameKey(k) === nameKey(key));
    const n = entry === undefined ? NaN : Number(entry[1]);
    return Number.isInteger(n) && n >= 1900 && n <= 2200 ? n : undefined;
  };
  const years = new Set<number>();
  const awal = setting("Tahun Awal");
  const akhir = setting("Tahun Akhir");
  if (awal !== undefined && akhir !== undefined && awal <= akhir && akhir - awal < 10) {
    for (let y = awal; y <= akhir; y++) years.add(y);
  }
  for (const level of content.levels) {
    for (const row of level.rows) {
      for (const y of [...Object.keys(row.targets ?? {}), ...Object.keys(row.realisasi ?? {})]) {
        if (/^\d{4}$/.test(y)) years.add(Number(y));
      }
    }
  }
  return [...years].sort((a, b) => a - b);
}
