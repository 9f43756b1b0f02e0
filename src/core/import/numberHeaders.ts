import type { Classified, HeaderClass } from "./roles";
import type { Msg } from "../messages";

const QUARTERS: Record<string, 1 | 2 | 3 | 4> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
};

const said = (word: string): Msg => ({ id: `judul memuat '${word}'`, en: `the header says '${word}'` });

/** A classification whose reason is the header's deciding word. */
export const make = (cls: HeaderClass, confidence: number, word: string): Classified => ({
  cls,
  confidence,
  why: said(word),
});

function lastYear(text: string): number | undefined {
  const years = text.match(/\b(19|20|21)\d\d\b/g);
  return years ? Number(years[years.length - 1]) : undefined;
}

/**
 * A Realisasi header: a quarter (`Triwulan III`, a sub-header `II`), a year, or accumulated over
 * years (`s/d`, `sampai dengan`: skipped).
 * @example realisasi("realisasi kinerja pada triwulan / ii", ["realisasi kinerja pada triwulan", "ii"]).cls // { role: "realisasi", quarter: 2 }
 */
export function realisasi(full: string, body: readonly string[]): Classified {
  if (/s ?\/ ?d|sampai dengan|kumulatif/.test(full))
    return make({ role: "skip", why: "kumulatif" }, 0.8, "s/d");
  const tw = /(?:triwulan|tw|trw)\.? ?(iv|i{1,3}|[1-4])\b/.exec(full);
  const partQ = body.map((p) => QUARTERS[p]).find((q) => q !== undefined);
  const quarter = tw ? QUARTERS[tw[1]!] : partQ;
  const year = lastYear(full);
  const cls = { role: "realisasi" as const, ...(year ? { year } : {}), ...(quarter ? { quarter } : {}) };
  return make(cls, quarter || year ? 0.9 : 0.75, quarter ? "realisasi … triwulan" : "realisasi");
}

/**
 * A Target header: its year (`Tahun 2025`), its place in the period (`Tahun 1`), or the end of
 * the period (`Kondisi Akhir`, `akhir periode`).
 * @example target("target tahun 1").cls // { role: "target", yearIndex: 1 }
 */
export function target(full: string): Classified {
  const index = /tahun (?:ke ?-?)?([1-9]|10)\b(?!\d)/.exec(full);
  const year = lastYear(full);
  const akhir = /akhir/.test(full);
  if (year) return make({ role: "target", year }, 0.9, String(year));
  if (index && !/\d{4}/.test(full))
    return make({ role: "target", yearIndex: Number(index[1]) }, 0.85, `tahun ${index[1]}`);
  if (akhir) return make({ role: "target", akhir: true }, 0.7, "akhir");
  return make({ role: "target" }, 0.6, "target");
}
