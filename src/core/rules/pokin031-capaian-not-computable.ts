import { capaianOf } from "../capaian/capaianOf";
import type { Indicator, NumberCell } from "../model/indicator";
import { kodeLabel } from "./cells";
import type { Rule, Text } from "./types";

const ZERO: Text<[Indicator, number]> = {
  id: (ind, year) =>
    `${kodeLabel(ind)} Realisasi ${year} bernilai 0: rumus Negatif Rasio (Target / Realisasi) tidak dapat menghitung capaian.`,
  en: (ind, year) =>
    `${kodeLabel(ind)} Realisasi ${year} is 0: the Negatif Rasio formula (Target / Realisasi) cannot compute a capaian.`,
};

/**
 * POKIN031 (info): a capaian cannot be computed although target and realisasi are given — a
 * Negatif indicator under Rumus Negatif `Rasio` (T / R) with realisasi 0 (SPEC §4). One finding
 * per year, at the `Realisasi YYYY` cell when it holds the 0, else at the last quarter given.
 */
export const pokin031: Rule = {
  id: "POKIN031",
  severity: "info",
  begin(model, out) {
    if (model.settings.rumusNegatif !== "Rasio") return {};
    return {
      level(level) {
        if (!level.sheet) return undefined;
        return (ind) => {
          if (ind.polaritas !== "Negatif") return;
          for (const year of ind.targets.keys()) {
            const result = capaianOf(ind, year, model.settings);
            if (result.reason !== "realisasiZero") continue;
            const cell = realisasiCell(ind, year);
            if (cell) out.add(ind.sheet, ind.row, cell.col, ind.kode, ZERO[out.lang](ind, year));
          }
        };
      },
    };
  },
};

function realisasiCell(ind: Indicator, year: number): NumberCell | undefined {
  const annual = ind.realisasi.get(year);
  if (annual?.state === "number") return annual;
  const quarters = (ind.quarters.get(year) ?? []).filter((q) => q?.state === "number");
  return quarters[quarters.length - 1];
}
