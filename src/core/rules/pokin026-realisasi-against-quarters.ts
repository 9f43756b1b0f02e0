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
          const akhir = ind.sifat === "Akhir";
          for (let y = 0; y < years.length; y++) {
            const { year, annual, quarters } = years[y]!;
            const value = ind.slotState(annual) === "number" ? ind.slotValue(annual) : undefined;
            if (value === undefined) continue;
            // The quarters holding a number (TW1…TW4): their sum, or the last of them for Akhir.
            let sum = 0;
            let used = 0; // bit q: TW(q+1) counts
            for (let q = 0; q < quarters.length; q++) {
              const j = quarters[q];
              if (j === undefined || ind.slotState(j) !== "number") continue;
              const v = ind.slotValue(j)!;
              sum = akhir ? v : sum + v;
              used = akhir ? 1 << q : used | (1 << q);
            }
            if (used === 0 || round2(sum) === round2(value)) continue;
            const which = QUARTER.filter((_, q) => (used & (1 << q)) !== 0).join(" + ");
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
