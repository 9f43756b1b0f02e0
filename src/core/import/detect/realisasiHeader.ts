import { headerClass as make, type Classified } from "./headerClass";
import { lastYear } from "./targetHeader";

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

/**
 * A Realisasi header: a quarter (`Triwulan III`, a sub-header `II`), a year, or accumulated over
 * years (`s/d`, `sampai dengan`: skipped).
 * @example realisasiHeader("realisasi kinerja pada triwulan / ii", ["realisasi kinerja pada triwulan", "ii"]).cls // { role: "realisasi", quarter: 2 }
 */
export function realisasiHeader(full: string, body: readonly string[]): Classified {
  if (/s ?\/ ?d|sampai dengan|kumulatif/.test(full))
    return make({ role: "skip", why: "kumulatif" }, 0.8, "s/d");
  const tw = /(?:triwulan|tw|trw)\.? ?(iv|i{1,3}|[1-4])\b/.exec(full);
  const partQ = body.map((p) => QUARTERS[p]).find((q) => q !== undefined);
  const quarter = tw ? QUARTERS[tw[1]!] : partQ;
  const year = lastYear(full);
  const cls = { role: "realisasi" as const, ...(year ? { year } : {}), ...(quarter ? { quarter } : {}) };
  return make(cls, quarter || year ? 0.9 : 0.75, quarter ? "realisasi … triwulan" : "realisasi");
}
