import type { Indicator, NumberCell } from "../model/indicator";
import { stateAt, valueAt } from "../model/yearCells";
import { kodeLabel } from "./cells";
import type { Rule } from "./types";

/**
 * POKIN017 (warning): a realisasi is given for a year whose target is missing (no column or an
 * empty cell) or 0, so no capaian can be computed (SPEC §4). One finding per year, at the
 * `Realisasi YYYY` cell when it holds a number, else at the first quarter cell that does.
 * Silent when target and realisasi are both 0: nothing was planned and nothing was done
 * (SPEC §7, refinements).
 */
export const pokin017: Rule = {
  id: "POKIN017",
  severity: "warning",
  *check(model) {
    for (const level of model.levels) {
      if (!level.sheet) continue;
      for (const ind of level.indicators) {
        for (const year of realisasiYears(ind)) {
          // The target first: it rules most years out without making any cell.
          const state = stateAt(ind.targets, year);
          const missing = state === undefined || state === "empty";
          if (!missing && valueAt(ind.targets, year) !== 0) continue;
          const at = realisasiCell(ind, year);
          if (!at) continue;
          if (!missing && realisasiCells(ind, year).every((c) => c.value === 0)) continue;
          yield {
            sheet: level.sheet.name,
            row: ind.row,
            col: at.col,
            kode: ind.kode,
            message: missing
              ? {
                  id: `${kodeLabel(ind)} Ada realisasi ${year} tetapi Target ${year} kosong; capaian tidak dapat dihitung.`,
                  en: `${kodeLabel(ind)} There is a realisasi for ${year} but Target ${year} is empty; no capaian can be computed.`,
                }
              : {
                  id: `${kodeLabel(ind)} Ada realisasi ${year} tetapi Target ${year} bernilai 0; capaian tidak dapat dihitung.`,
                  en: `${kodeLabel(ind)} There is a realisasi for ${year} but Target ${year} is 0; no capaian can be computed.`,
                },
          };
        }
      }
    }
  },
};

/** Every year with a Realisasi or quarter column, ascending. */
function realisasiYears(ind: Indicator): Iterable<number> {
  if (ind.quarters.size === 0 && isAscending(ind.realisasi.keys())) return ind.realisasi.keys();
  return [...new Set([...ind.realisasi.keys(), ...ind.quarters.keys()])].sort((a, b) => a - b);
}

/** The cell that shows the year's realisasi: `Realisasi YYYY`, else the first quarter with a number. */
function realisasiCell(ind: Indicator, year: number): NumberCell | undefined {
  const annual = ind.realisasi.get(year);
  if (annual?.value !== undefined) return annual;
  return ind.quarters.get(year)?.find((q) => q?.value !== undefined);
}

/** Every realisasi cell of the year that holds a value: `Realisasi YYYY` and the quarters. */
function realisasiCells(ind: Indicator, year: number): NumberCell[] {
  const cells = [ind.realisasi.get(year), ...(ind.quarters.get(year) ?? [])];
  return cells.filter((c): c is NumberCell => c?.value !== undefined);
}

function isAscending(years: Iterable<number>): boolean {
  let last = -Infinity;
  for (const y of years) {
    if (y <= last) return false;
    last = y;
  }
  return true;
}
