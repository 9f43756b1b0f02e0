import type { Indicator } from "../model/indicator";
import { kodeLabel } from "./cells";
import { layoutOf } from "./numberSlots";
import type { Rule, Text } from "./types";

const NEGATIVE: Text<[Indicator, number, number]> = {
  id: (ind, year, value) => `${kodeLabel(ind)} Target ${year} bernilai negatif (${value}).`,
  en: (ind, year, value) => `${kodeLabel(ind)} Target ${year} is negative (${value}).`,
};

/** POKIN015 (error): a target is negative. Reported at the Target cell. */
export const pokin015: Rule = {
  id: "POKIN015",
  severity: "error",
  begin(_model, out) {
    return {
      level(level) {
        const layout = layoutOf(level);
        if (!layout || layout.targets.size === 0) return undefined;
        const name = level.sheet!.name;
        const slots = [...layout.targets];
        return (ind) => {
          for (const [year, j] of slots) {
            const value = ind.slotValue(j);
            if (value === undefined || value >= 0) continue;
            out.add(name, ind.row, layout.cols[j]!, ind.kode, NEGATIVE[out.lang](ind, year, value));
          }
        };
      },
    };
  },
};
