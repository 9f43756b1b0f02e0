import type { Indicator } from "../model/indicator";
import { isStateUnit } from "../values/sifat";
import { kodeLabel } from "./cells";
import { layoutOf } from "./numberSlots";
import type { Rule, Text } from "./types";

const RISES: Text<[Indicator, string]> = {
  id: (ind, move) =>
    `${kodeLabel(ind)} Target naik (${move}) padahal Polaritas Negatif (makin rendah makin baik).`,
  en: (ind, move) =>
    `${kodeLabel(ind)} The target rises (${move}) although Polaritas is Negatif (lower is better).`,
};
const DROPS: Text<[Indicator, string]> = {
  id: (ind, move) =>
    `${kodeLabel(ind)} Target turun (${move}) padahal Polaritas Positif (makin tinggi makin baik).`,
  en: (ind, move) =>
    `${kodeLabel(ind)} The target drops (${move}) although Polaritas is Positif (higher is better).`,
};

/**
 * POKIN016 (warning): targets move against the polarity from one year to the next: a Positif
 * indicator whose target drops, or a Negatif one whose target rises. Years without a number are
 * skipped (the comparison is with the previous year that has one); equal targets are fine.
 * Reported at the later Target cell. Only for state indicators (Satuan %, indeks, nilai, rasio,
 * predikat, skor): a yearly count (orang, dokumen, kegiatan, …) may fall without being wrong
 * (SPEC §7, refinements).
 */
export const pokin016: Rule = {
  id: "POKIN016",
  severity: "warning",
  begin(_model, out) {
    return {
      level(level) {
        const layout = layoutOf(level);
        if (!layout || layout.targets.size < 2) return undefined;
        const name = level.sheet!.name;
        // Every row of a sheet has the sheet's Target columns: their years are sorted once.
        const sorted = [...layout.targets].sort((a, b) => a[0] - b[0]);
        const years = sorted.map(([year]) => year);
        const slots = sorted.map(([, j]) => j);
        return (ind) => {
          if (!isStateUnit(ind.satuan)) return;
          const negatif = ind.polaritas === "Negatif";
          let prevYear = 0;
          let prevValue: number | undefined;
          for (let k = 0; k < slots.length; k++) {
            const year = years[k]!;
            const j = slots[k]!;
            const value = ind.slotValue(j);
            if (value === undefined) continue;
            if (prevValue !== undefined && (negatif ? value > prevValue : value < prevValue)) {
              const move = `${prevYear}: ${prevValue} → ${year}: ${value}`;
              const message = negatif ? RISES[out.lang](ind, move) : DROPS[out.lang](ind, move);
              out.add(name, ind.row, layout.cols[j]!, ind.kode, message);
            }
            prevYear = year;
            prevValue = value;
          }
        };
      },
    };
  },
};
