import type { HeaderClass } from "../detect/headerClass";
import type { Msg } from "../../messages";

/** What the workbook and the template say about years. */
export interface YearContext {
  readonly tahunAwal?: number;
  readonly tahunAkhir?: number;
  /** The year a target or realisasi without a year of its own is for. */
  readonly year: number;
  /** Why that year. */
  readonly yearWhy: Msg;
}

/**
 * The year of the template: a "tahun berjalan / dievaluasi" target header's year, else a year
 * in the title rows (`Tahun 2025`), else Tahun Laporan, else Tahun Awal, else the clock's year.
 * @example templateYear(["Tahun 2025"], [], {}, new Date()).year // 2025
 */
export function templateYear(
  titles: readonly string[],
  headers: readonly string[],
  settings: { readonly tahunAwal?: number; readonly tahunAkhir?: number; readonly tahunLaporan?: number },
  now: Date,
): YearContext {
  const base = {
    ...(settings.tahunAwal ? { tahunAwal: settings.tahunAwal } : {}),
    ...(settings.tahunAkhir ? { tahunAkhir: settings.tahunAkhir } : {}),
  };
  const current = headers.find((h) => /berjalan|dievaluasi/i.test(h) && /\b(19|20|21)\d\d\b/.test(h));
  if (current) {
    const y = Number(/\b((?:19|20|21)\d\d)\b/.exec(current)![1]);
    return {
      ...base,
      year: y,
      yearWhy: {
        id: `tahun berjalan pada judul kolom: ${y}`,
        en: `the current year in a column header: ${y}`,
      },
    };
  }
  const title = titles.map((t) => /\b((?:19|20|21)\d\d)\b/.exec(t)).find((m) => m);
  if (title) {
    const y = Number(title[1]);
    return {
      ...base,
      year: y,
      yearWhy: { id: `tahun pada judul tabel: ${y}`, en: `the year in the table title: ${y}` },
    };
  }
  if (settings.tahunLaporan) {
    const y = settings.tahunLaporan;
    return { ...base, year: y, yearWhy: { id: `Tahun Laporan ${y}`, en: `Tahun Laporan ${y}` } };
  }
  if (settings.tahunAwal) {
    const y = settings.tahunAwal;
    return { ...base, year: y, yearWhy: { id: `Tahun Awal ${y}`, en: `Tahun Awal ${y}` } };
  }
  const y = now.getFullYear();
  return {
    ...base,
    year: y,
    yearWhy: {
      id: `tahun tidak diketahui; dianggap tahun ini (${y})`,
      en: `no year known; taken as this year (${y})`,
    },
  };
}

/**
 * The year of a Target/Realisasi column: its own year, `Tahun N` counted from Tahun Awal,
 * `akhir periode` as Tahun Akhir, else the template's year — with the reason.
 * @example resolveYear({ role: "target", yearIndex: 1 }, { tahunAwal: 2025, year: 2025, yearWhy: … }).year // 2025
 */
export function resolveYear(
  cls: HeaderClass,
  ctx: YearContext,
): { year: number; why: Msg; confidence: number } {
  if ((cls.role === "target" || cls.role === "realisasi") && cls.year !== undefined) {
    return {
      year: cls.year,
      why: { id: `tahun ${cls.year} pada judul`, en: `year ${cls.year} in the header` },
      confidence: 0.95,
    };
  }
  if (cls.role === "target" && cls.yearIndex !== undefined) {
    const n = cls.yearIndex;
    if (ctx.tahunAwal !== undefined) {
      const y = ctx.tahunAwal + n - 1;
      return {
        year: y,
        why: {
          id: `Tahun ${n} dihitung dari Tahun Awal ${ctx.tahunAwal}`,
          en: `year ${n} counted from Tahun Awal ${ctx.tahunAwal}`,
        },
        confidence: 0.9,
      };
    }
    const y = ctx.year + n - 1;
    return {
      year: y,
      why: {
        id: `Tahun Awal tidak diketahui; Tahun 1 dianggap ${ctx.year} (${ctx.yearWhy.id})`,
        en: `Tahun Awal unknown; year 1 taken as ${ctx.year} (${ctx.yearWhy.en})`,
      },
      confidence: 0.5,
    };
  }
  if (cls.role === "target" && cls.akhir) {
    const y = ctx.tahunAkhir ?? (ctx.tahunAwal !== undefined ? ctx.tahunAwal + 4 : ctx.year);
    return {
      year: y,
      why: { id: `kondisi akhir periode → Tahun Akhir ${y}`, en: `end of the period → Tahun Akhir ${y}` },
      confidence: ctx.tahunAkhir ? 0.8 : 0.5,
    };
  }
  return { year: ctx.year, why: ctx.yearWhy, confidence: 0.7 };
}
