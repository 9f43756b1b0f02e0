import { valueAt } from "../model/yearCells";
import { isStateUnit } from "../values/sifat";
import { kodeLabel } from "./cells";
import type { Rule } from "./types";

/**
 * POKIN016 (warning): targets move against the polarity from one year to the next: a Positif
 * indicator whose target drops, or a Negatif one whose target rises. Years without a number are
 * skipped (the comparison is with the previous year that has one); equal targets are fine.
 * Reported at the later Target cell. Only for state indicators (Satuan %, indeks, nilai, rasio,
 * predikat, skor): a yearly count (orang, dokumen, kegiatan, …) may fall without being wrong
 * (SPEC §7, refinements).
 */
export const pokin016: Rule = {
  id: "POKIN016",
  severity: "warning",
  *check(model) {
    for (const level of model.levels) {
      if (!level.sheet) continue;
      // Every row of a sheet has the sheet's Target columns: their years are sorted once.
      let sorted: number[] = [];
      for (const ind of level.indicators) {
        if (!isStateUnit(ind.satuan)) continue;
        const negatif = ind.polaritas === "Negatif";
        const targets = ind.targets;
        if (sorted.length !== targets.size || !sorted.every((y) => targets.has(y))) {
          sorted = [...targets.keys()].sort((a, b) => a - b);
        }
        let prevYear = 0;
        let prevValue: number | undefined;
        for (const year of sorted) {
          const value = valueAt(targets, year);
          if (value === undefined) continue;
          if (prevValue !== undefined && (negatif ? value > prevValue : value < prevValue)) {
            const cell = targets.get(year)!;
            const move = `${prevYear}: ${prevValue} → ${year}: ${value}`;
            yield {
              sheet: level.sheet.name,
              row: ind.row,
              col: cell.col,
              kode: ind.kode,
              message: negatif
                ? {
                    id: `${kodeLabel(ind)} Target naik (${move}) padahal Polaritas Negatif (makin rendah makin baik).`,
                    en: `${kodeLabel(ind)} The target rises (${move}) although Polaritas is Negatif (lower is better).`,
                  }
                : {
                    id: `${kodeLabel(ind)} Target turun (${move}) padahal Polaritas Positif (makin tinggi makin baik).`,
                    en: `${kodeLabel(ind)} The target drops (${move}) although Polaritas is Positif (higher is better).`,
                  },
            };
          }
          prevYear = year;
          prevValue = value;
        }
      }
    }
  },
};
