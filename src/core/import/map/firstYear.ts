import type { Msg } from "../../messages";

/** The year `Tahun 1` of a template is, where that came from, and the period's last year when said. */
export interface FirstYear {
  readonly year: number;
  readonly last?: number;
  readonly why: Msg;
}

/** `2025-2029`, `2025 – 2029`, `2025 s/d 2029`, `2025 sampai (dengan) 2029`, `2025 hingga 2029`. */
const RANGE =
  /\b((?:19|20|21)\d\d)\s*(?:-|–|—|s\s*\.?\s*\/?\s*d\.?|sampai(?:\s+dengan)?|hingga|to)\s*((?:19|20|21)\d\d)\b/i;

/**
 * The year a Renstra/RPJMD template's `Target Tahun 1` is for (SPEC §6): the planner's choice,
 * else the period its title or a header names (`RENSTRA 2025-2029`), else the workbook's Tahun
 * Awal. Never the clock's year: undefined when nobody says it (the import then asks).
 * @param chosenFirst the planner's `--tahun-awal`
 * @example firstYearOf(["RENSTRA DINAS PUPR 2021 - 2026"], [], {})?.year // 2021
 */
export function firstYearOf(
  titles: readonly string[],
  headers: readonly string[],
  settings: { readonly tahunAwal?: number; readonly tahunAkhir?: number; readonly chosenFirst?: number },
): FirstYear | undefined {
  if (settings.chosenFirst !== undefined) {
    const y = settings.chosenFirst;
    return {
      year: y,
      why: { id: `Tahun Awal ${y} dipilih pengguna`, en: `Tahun Awal ${y} chosen by the user` },
    };
  }
  for (const text of [...titles, ...headers]) {
    const m = RANGE.exec(text);
    if (!m) continue;
    const [from, to] = [Number(m[1]), Number(m[2])];
    if (to < from || to - from > 9) continue;
    return {
      year: from,
      last: to,
      why: { id: `periode ${from}–${to} pada judul`, en: `the period ${from}–${to} in the title` },
    };
  }
  if (settings.tahunAwal !== undefined) {
    const y = settings.tahunAwal;
    return {
      year: y,
      ...(settings.tahunAkhir !== undefined ? { last: settings.tahunAkhir } : {}),
      why: { id: `Tahun Awal ${y} dari Pengaturan`, en: `Tahun Awal ${y} from Pengaturan` },
    };
  }
  return undefined;
}
