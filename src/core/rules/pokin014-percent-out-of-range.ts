import type { Indicator } from "../model/indicator";
import { isPercentUnit } from "../values/sifat";
import { kodeLabel } from "./cells";
import { layoutOf } from "./numberSlots";
import type { Rule, Text } from "./types";

const ABOVE: Text<[Indicator, number, number]> = {
  id: (ind, year, value) => `${kodeLabel(ind)} Target ${year} bersatuan % bernilai ${value}, di atas 100.`,
  en: (ind, year, value) => `${kodeLabel(ind)} Target ${year} in % is ${value}, above 100.`,
};

/**
 * POKIN014 (warning): a target of an indicator whose Satuan is a percentage is above 100.
 * Reported at the Target cell. Below 0 is POKIN015's (an error), so it is not repeated here.
 */
export const pokin014: Rule = {
  id: "POKIN014",
  severity: "warning",
  begin(_model, out) {
    return {
      level(level) {
        const layout = layoutOf(level);
        if (!layout || layout.targets.size === 0) return undefined;
        const name = level.sheet!.name;
        const slots = [...layout.targets];
        return (ind) => {
          if (!isPercentUnit(ind.satuan)) return;
          for (const [year, j] of slots) {
            const value = ind.slotValue(j);
            if (value === undefined || value <= 100) continue;
            out.add(name, ind.row, layout.cols[j]!, ind.kode, ABOVE[out.lang](ind, year, value));
          }
        };
      },
    };
  },
};
