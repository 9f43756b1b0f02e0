import { stateAt } from "../model/yearCells";
import { kodeLabel } from "./cells";
import type { Rule } from "./types";

/**
 * POKIN011 (error): a target of the plan period is missing — one finding per empty
 * `Target YYYY` cell (blank, `-`, `n/a`), for each year of the period whose column the sheet
 * has (a missing column is POKIN002's). Cells holding an error value or unreadable text are not
 * missing: POKIN023 and POKIN012 report those.
 */
export const pokin011: Rule = {
  id: "POKIN011",
  severity: "error",
  *check(model) {
    for (const level of model.levels) {
      for (const year of model.settings.years) {
        if (!level.columns?.targets.has(year)) continue;
        for (const ind of level.indicators) {
          if (stateAt(ind.targets, year) !== "empty") continue;
          const cell = ind.targets.get(year)!;
          yield {
            sheet: ind.sheet,
            row: ind.row,
            col: cell.col,
            kode: ind.kode,
            message: {
              id: `${kodeLabel(ind)} Target ${year} kosong.`,
              en: `${kodeLabel(ind)} Target ${year} is missing.`,
            },
          };
        }
      }
    }
  },
};
