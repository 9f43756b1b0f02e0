import { capaianOf } from "../capaian/capaianOf";
import type { Indicator, NumberCell } from "../model/indicator";
import { kodeLabel } from "./cells";
import type { Rule } from "./types";

/**
 * POKIN031 (info): a capaian cannot be computed although target and realisasi are given — a
 * Negatif indicator under Rumus Negatif `Rasio` (T / R) with realisasi 0 (SPEC §4). One finding
 * per year, at the `Realisasi YYYY` cell when it holds the 0, else at the last quarter given.
 */
export const pokin031: Rule = {
  id: "POKIN031",
  severity: "info",
  *check(model) {
    if (model.settings.rumusNegatif !== "Rasio") return;
    for (const level of model.levels) {
      if (!level.sheet) continue;
      for (const ind of level.indicators) {
        if (ind.polaritas !== "Negatif") continue;
        for (const year of ind.targets.keys()) {
          const result = capaianOf(ind, year, model.settings);
          if (result.reason !== "realisasiZero") continue;
          const cell = realisasiCell(ind, year);
          if (!cell) continue;
          yield {
            sheet: ind.sheet,
            row: ind.row,
            col: cell.col,
            kode: ind.kode,
            message: {
              id: `${kodeLabel(ind)} Realisasi ${year} bernilai 0: rumus Negatif Rasio (Target / Realisasi) tidak dapat menghitung capaian.`,
              en: `${kodeLabel(ind)} Realisasi ${year} is 0: the Negatif Rasio formula (Target / Realisasi) cannot compute a capaian.`,
            },
          };
        }
      }
    }
  },
};

function realisasiCell(ind: Indicator, year: number): NumberCell | undefined {
  const annual = ind.realisasi.get(year);
  if (annual?.state === "number") return annual;
  const quarters = (ind.quarters.get(year) ?? []).filter((q) => q?.state === "number");
  return quarters[quarters.length - 1];
}
