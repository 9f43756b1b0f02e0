import type { Indicator } from "../model/indicator";
import { kodeLabel } from "./cells";
import { layoutOf } from "./numberSlots";
import type { Rule, Text } from "./types";

const MISSING: Text<[Indicator, number]> = {
  id: (ind, year) => `${kodeLabel(ind)} Target ${year} kosong.`,
  en: (ind, year) => `${kodeLabel(ind)} Target ${year} is missing.`,
};

/**
 * POKIN011 (error): a target of the plan period is missing — one finding per empty
 * `Target YYYY` cell (blank, `-`, `n/a`), for each year of the period whose column the sheet
 * has (a missing column is POKIN002's). Cells holding an error value or unreadable text are not
 * missing: POKIN023 and POKIN012 report those.
 */
export const pokin011: Rule = {
  id: "POKIN011",
  severity: "error",
  begin(model, out) {
    return {
      level(level) {
        const layout = layoutOf(level);
        if (!layout) return undefined;
        // The period's years whose column the sheet has, each with its slot.
        const slots = model.settings.years.flatMap((year) => {
          const j = layout.targets.get(year);
          return j === undefined ? [] : [[year, j] as const];
        });
        if (slots.length === 0) return undefined;
        return (ind) => {
          for (const [year, j] of slots) {
            if (ind.slotState(j) !== "empty") continue;
            out.add(ind.sheet, ind.row, layout.cols[j]!, ind.kode, MISSING[out.lang](ind, year));
          }
        };
      },
    };
  },
};
