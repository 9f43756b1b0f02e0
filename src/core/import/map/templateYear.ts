import type { HeaderClass } from "../detect/headerClass";
import type { Msg } from "../../messages";
import { firstYearOf, type FirstYear } from "./firstYear";

/** What the workbook and the template say about years. */
export interface YearContext {
  readonly tahunAwal?: number;
  readonly tahunAkhir?: number;
  /** The year a target or realisasi without a year of its own is for. */
  readonly year: number;
  /** Why that year. */
  readonly yearWhy: Msg;
  /** The template itself names that year (a column header or its title), not the workbook or the clock. */
  readonly stated: boolean;
  /** The year `Tahun 1` is, with why; undefined when neither the template nor the workbook says. */
  readonly first?: FirstYear;
}

/** What the workbook's settings (and the planner) say about years. */
export interface YearSettings {
  readonly tahunAwal?: number;
  readonly tahunAkhir?: number;
  readonly tahunLaporan?: number;
  /** The first year the planner chose (`--tahun-awal`, `--map "Tahun Awal=2025"`). */
  readonly chosenFirst?: number;
}

const YEAR = /\b((?:19|20|21)\d\d)\b/;

/**
 * The year of the template: a "tahun berjalan / dievaluasi" target header's year, else a year
 * in the title rows (`Tahun 2025`), else Tahun Laporan, else Tahun Awal, else the clock's year;
 * and the year `Tahun 1` is ({@link firstYearOf}: never the clock's).
 * @example templateYear(["Tahun 2025"], [], {}, new Date()).year // 2025
 */
export function templateYear(
  titles: readonly string[],
  headers: readonly string[],
  settings: YearSettings,
  now: Date,
): YearContext {
  const first = firstYearOf(titles, headers, settings);
  const base = {
    ...(first ? { tahunAwal: first.year } : {}),
    ...(first?.last
      ? { tahunAkhir: first.last }
      : settings.tahunAkhir
        ? { tahunAkhir: settings.tahunAkhir }
        : {}),
    ...(first ? { first } : {}),
  };
  const stated = (y: number, why: Msg): YearContext => ({ ...base, year: y, yearWhy: why, stated: true });
  const current = headers.find((h) => /berjalan|dievaluasi/i.test(h) && YEAR.test(h));
  if (current) {
    const y = Number(YEAR.exec(current)![1]);
    return stated(y, {
      id: `tahun berjalan pada judul kolom: ${y}`,
      en: `the current year in a column header: ${y}`,
    });
  }
  const title = titles.map((t) => YEAR.exec(t)).find((m) => m);
  if (title) {
    const y = Number(title[1]);
    return stated(y, { id: `tahun pada judul tabel: ${y}`, en: `the year in the table title: ${y}` });
  }
  const from = (y: number, why: Msg): YearContext => ({ ...base, year: y, yearWhy: why, stated: false });
  if (settings.tahunLaporan) {
    const y = settings.tahunLaporan;
    return from(y, { id: `Tahun Laporan ${y}`, en: `Tahun Laporan ${y}` });
  }
  if (settings.tahunAwal) {
    const y = settings.tahunAwal;
    return from(y, { id: `Tahun Awal ${y}`, en: `Tahun Awal ${y}` });
  }
  const y = now.getFullYear();
  return from(y, {
    id: `tahun tidak diketahui; dianggap tahun ini (${y})`,
    en: `no year known; taken as this year (${y})`,
  });
}

/**
 * The year of a Target/Realisasi column: its own year, `Tahun N` counted from the first year
 * (none when nobody says it), `akhir periode` as Tahun Akhir, else the template's year — with
 * the reason.
 * @example resolveYear({ role: "target", yearIndex: 1 }, { tahunAwal: 2025, year: 2025, yearWhy: … }).year // 2025
 */
export function resolveYear(
  cls: HeaderClass,
  ctx: YearContext,
): { year: number | undefined; why: Msg; confidence: number } {
  if ((cls.role === "target" || cls.role === "realisasi") && cls.year !== undefined) {
    return {
      year: cls.year,
      why: { id: `tahun ${cls.year} pada judul`, en: `year ${cls.year} in the header` },
      confidence: 0.95,
    };
  }
  if (cls.role === "target" && cls.yearIndex !== undefined) {
    const n = cls.yearIndex;
    if (ctx.first) {
      const y = ctx.first.year + n - 1;
      return {
        year: y,
        why: { id: `Tahun ${n} = ${y} (${ctx.first.why.id})`, en: `year ${n} = ${y} (${ctx.first.why.en})` },
        confidence: 0.9,
      };
    }
    return {
      year: undefined,
      why: {
        id: "tahun pertama tidak disebut templat maupun Pengaturan",
        en: "neither the template nor Pengaturan says the first year",
      },
      confidence: 0,
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
