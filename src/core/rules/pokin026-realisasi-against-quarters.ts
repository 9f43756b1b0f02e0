import { round2 } from "../capaian/round2";
import type { Indicator } from "../model/indicator";
import { kodeLabel, numberText } from "./cells";
import { layoutOf } from "./numberSlots";
import type { Rule, Text } from "./types";

const QUARTER = ["TW1", "TW2", "TW3", "TW4"];

const DIFFERS: Text<[Indicator, number, number, string, number]> = {
  id: (ind, year, value, which, sum) =>
    `${kodeLabel(ind)} Realisasi ${year} (${numberText(value).id}) berbeda dari ${ind.sifat === "Kumulatif" ? "jumlah triwulannya" : "triwulan terakhirnya"} (${which} = ${numberText(sum).id}) menurut Sifat ${ind.sifat}.`,
  en: (ind, year, value, which, sum) =>
    `${kodeLabel(ind)} Realisasi ${year} (${numberText(value).en}) differs from ${ind.sifat === "Kumulatif" ? "the sum of its quarters" : "its last quarter"} (${which} = ${numberText(sum).en}) under Sifat ${ind.sifat}.`,
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
          for (const { year, annual, quarters } of years) {
            const value = ind.slotState(annual) === "number" ? ind.slotValue(annual) : undefined;
            if (value === undefined) continue;
            // The quarters holding a number, by their place (TW1…TW4).
            const given = quarters.flatMap((j, q) =>
              j !== undefined && ind.slotState(j) === "number" && ind.slotValue(j) !== undefined ? [q] : [],
            );
            if (given.length === 0) continue;
            const used = ind.sifat === "Akhir" ? given.slice(-1) : given;
            const of = (q: number) => ind.slotValue(quarters[q]!)!;
            const sum =
              used.length === 1 && ind.sifat === "Akhir" ? of(used[0]!) : used.reduce((t, q) => t + of(q), 0);
            if (round2(sum) === round2(value)) continue;
            const which = used.map((q) => QUARTER[q]).join(" + ");
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
