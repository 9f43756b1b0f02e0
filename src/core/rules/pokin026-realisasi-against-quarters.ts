import { quarterSum } from "../capaian/realisasi";
import { round2 } from "../capaian/round2";
import type { Indicator } from "../model/indicator";
import { kodeLabel, numberText } from "./cells";
import { layoutOf } from "./numberSlots";
import type { Rule, Text } from "./types";

const QUARTER = ["TW1", "TW2", "TW3", "TW4"];

const DIFFERS: Text<[Indicator, number, number, string, number]> = {
  id: (ind, year, value, which, sum) =>
    `${kodeLabel(ind)} Realisasi ${year} (${numberText(value, "id")}) berbeda dari ${ind.sifat === "Kumulatif" ? "jumlah triwulannya" : "triwulan terakhirnya"} (${which} = ${numberText(sum, "id")}) menurut Sifat ${ind.sifat}.`,
  en: (ind, year, value, which, sum) =>
    `${kodeLabel(ind)} Realisasi ${year} (${numberText(value, "en")}) differs from ${ind.sifat === "Kumulatif" ? "the sum of its quarters" : "its last quarter"} (${which} = ${numberText(sum, "en")}) under Sifat ${ind.sifat}.`,
};

/**
 * POKIN026 (warning): `Realisasi YYYY` differs from what its quarters give under the
 * indicator's Sifat (SPEC §3.2, §4): the sum of the quarters holding a number for Kumulatif
 * (the default), the last of them for Akhir. Compared at two decimals, as capaian is shown.
 * Only when both the year and at least one quarter hold a number; reported at the
 * `Realisasi YYYY` cell, which is the one the capaian is computed from.
 */
export const pokin026: Rule = {
  id: "POKIN026",
  severity: "warning",
  begin(_model, out) {
    return {
      level(level) {
        const layout = layoutOf(level);
        if (!layout || layout.quarters.size === 0) return undefined;
        const years = [...layout.realisasi].flatMap(([year, annual]) => {
          const quarters = layout.quarters.get(year);
          return quarters ? [{ year, annual, quarters }] : [];
        });
        return (ind) => {
          for (let y = 0; y < years.length; y++) {
            const { year, annual, quarters } = years[y]!;
            const value = ind.slotState(annual) === "number" ? ind.slotValue(annual) : undefined;
            if (value === undefined) continue;
            // What the quarters give under the Sifat, as the capaian reads them.
            const given = quarterSum(ind, quarters);
            if (!given || round2(given.value) === round2(value)) continue;
            const sum = given.value;
            const which = given.slots.map((j) => QUARTER[quarters.indexOf(j)]).join(" + ");
            out.add(
              ind.sheet,
              ind.row,
              layout.cols[annual]!,
              ind.kode,
              DIFFERS[out.lang](ind, year, value, which, sum),
            );
          }
        };
      },
    };
  },
};
