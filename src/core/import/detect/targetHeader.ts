import { headerClass as make, type Classified } from "./headerClass";
/** The last year (19xx–21xx) a header names. */
export function lastYear(text: string): number | undefined {
  const years = text.match(/\b(19|20|21)\d\d\b/g);
  return years ? Number(years[years.length - 1]) : undefined;
}

/**
 * A Target header: its year (`Tahun 2025`), its place in the period (`Tahun 1`), or the end of
 * the period (`Kondisi Akhir`, `akhir periode`).
 * @example targetHeader("target tahun 1").cls // { role: "target", yearIndex: 1 }
 */
export function targetHeader(full: string): Classified {
  const index = /tahun (?:ke ?-?)?([1-9]|10)\b(?!\d)/.exec(full);
  const year = lastYear(full);
  const akhir = /akhir/.test(full);
  if (year) return make({ role: "target", year }, 0.9, String(year));
  if (index && !/\d{4}/.test(full))
    return make({ role: "target", yearIndex: Number(index[1]) }, 0.85, `tahun ${index[1]}`);
  if (akhir) return make({ role: "target", akhir: true }, 0.7, "akhir");
  return make({ role: "target" }, 0.6, "target");
}
