import type { Indicator } from "../model/indicator";
import type { NumberLayout } from "../model/numberStore";
import { kodeLabel } from "./cells";
import { layoutOf } from "./numberSlots";
import type { Rule, Text } from "./types";

const EMPTY: Text<[Indicator, number]> = {
  id: (ind, y) =>
    `${kodeLabel(ind)} Ada realisasi ${y} tetapi Target ${y} kosong; capaian tidak dapat dihitung.`,
  en: (ind, y) =>
    `${kodeLabel(ind)} There is a realisasi for ${y} but Target ${y} is empty; no capaian can be computed.`,
};
const ZERO: Text<[Indicator, number]> = {
  id: (ind, y) =>
    `${kodeLabel(ind)} Ada realisasi ${y} tetapi Target ${y} bernilai 0; capaian tidak dapat dihitung.`,
  en: (ind, y) =>
    `${kodeLabel(ind)} There is a realisasi for ${y} but Target ${y} is 0; no capaian can be computed.`,
};

/** A year with a Realisasi or quarter column: its target's slot and its realisasi slots, annual first. */
interface YearSlots {
  readonly year: number;
  readonly target?: number;
  readonly realisasi: readonly number[];
}

/**
 * POKIN017 (warning): a realisasi is given for a year whose target is missing (no column or an
 * empty cell) or 0, so no capaian can be computed (SPEC §4). One finding per year, at the
 * `Realisasi YYYY` cell when it holds a number, else at the first quarter cell that does.
 * Silent when target and realisasi are both 0: nothing was planned and nothing was done
 * (SPEC §7, refinements).
 */
export const pokin017: Rule = {
  id: "POKIN017",
  severity: "warning",
  begin(_model, out) {
    return {
      level(level) {
        const layout = layoutOf(level);
        const years = layout ? yearSlots(layout) : [];
        if (!layout || years.length === 0) return undefined;
        const name = level.sheet!.name;
        return (ind) => {
          for (let y = 0; y < years.length; y++) {
            const { year, target, realisasi } = years[y]!;
            // The target first: it rules most years out.
            const state = target === undefined ? undefined : ind.slotState(target);
            const missing = state === undefined || state === "empty";
            if (!missing && ind.slotValue(target!) !== 0) continue;
            // The cell that shows the year's realisasi: the annual one, else the first quarter with a value.
            const at = firstWithValue(ind, realisasi);
            if (at === undefined) continue;
            if (!missing && allZero(ind, realisasi)) continue;
            const message = missing ? EMPTY[out.lang](ind, year) : ZERO[out.lang](ind, year);
            out.add(name, ind.row, layout.cols[at]!, ind.kode, message);
          }
        };
      },
    };
  },
};

/** Every year with a Realisasi or quarter column, ascending, with its slots. */
function yearSlots(layout: NumberLayout): YearSlots[] {
  const years = [...new Set([...layout.realisasi.keys(), ...layout.quarters.keys()])].sort((a, b) => a - b);
  return years.map((year) => {
    const annual = layout.realisasi.get(year);
    const quarters = (layout.quarters.get(year) ?? []).filter((j): j is number => j !== undefined);
    const target = layout.targets.get(year);
    return {
      year,
      ...(target !== undefined ? { target } : {}),
      realisasi: annual === undefined ? quarters : [annual, ...quarters],
    };
  });
}

/** The first of the slots that holds a value, else undefined (a loop: no closure made per row). */
function firstWithValue(ind: Indicator, slots: readonly number[]): number | undefined {
  for (let k = 0; k < slots.length; k++) if (ind.slotValue(slots[k]!) !== undefined) return slots[k];
  return undefined;
}

/** True when every one of the slots is empty or 0. */
function allZero(ind: Indicator, slots: readonly number[]): boolean {
  for (let k = 0; k < slots.length; k++) if ((ind.slotValue(slots[k]!) ?? 0) !== 0) return false;
  return true;
}
