import { valueAt } from "../model/yearCells";
import { isPercentUnit } from "../values/sifat";
import { kodeLabel } from "./cells";
import type { Rule } from "./types";

/**
 * POKIN014 (warning): a target of an indicator whose Satuan is a percentage is above 100.
 * Reported at the Target cell. Below 0 is POKIN015's (an error), so it is not repeated here.
 */
export const pokin014: Rule = {
  id: "POKIN014",
  severity: "warning",
  *check(model) {
    for (const level of model.levels) {
      if (!level.sheet) continue;
      for (const ind of level.indicators) {
        if (!isPercentUnit(ind.satuan)) continue;
        for (const year of ind.targets.keys()) {
          const value = valueAt(ind.targets, year);
          if (value === undefined || value <= 100) continue;
          const cell = ind.targets.get(year)!;
          yield {
            sheet: level.sheet.name,
            row: ind.row,
            col: cell.col,
            kode: ind.kode,
            message: {
              id: `${kodeLabel(ind)} Target ${year} bersatuan % bernilai ${cell.value}, di atas 100.`,
              en: `${kodeLabel(ind)} Target ${year} in % is ${cell.value}, above 100.`,
            },
          };
        }
      }
    }
  },
};
