import { valueAt } from "../model/yearCells";
import { kodeLabel } from "./cells";
import type { Rule } from "./types";

/** POKIN015 (error): a target is negative. Reported at the Target cell. */
export const pokin015: Rule = {
  id: "POKIN015",
  severity: "error",
  *check(model) {
    for (const level of model.levels) {
      if (!level.sheet) continue;
      for (const ind of level.indicators) {
        for (const year of ind.targets.keys()) {
          const value = valueAt(ind.targets, year);
          if (value === undefined || value >= 0) continue;
          const cell = ind.targets.get(year)!;
          yield {
            sheet: level.sheet.name,
            row: ind.row,
            col: cell.col,
            kode: ind.kode,
            message: {
              id: `${kodeLabel(ind)} Target ${year} bernilai negatif (${cell.value}).`,
              en: `${kodeLabel(ind)} Target ${year} is negative (${cell.value}).`,
            },
          };
        }
      }
    }
  },
};
