import type { Indicator } from "../model/indicator";
import { fieldCol, kodeLabel } from "./cells";
import type { Rule, Text } from "./types";

const ITSELF: Text<[Indicator, string]> = {
  id: (ind, above) =>
    `${kodeLabel(ind)} Kode Induk menunjuk indikator ini sendiri; isi dengan Kode induknya di level '${above}'.`,
  en: (ind, above) =>
    `${kodeLabel(ind)} Kode Induk names this indicator itself; use the Kode of its parent on level '${above}'.`,
};
const ELSEWHERE: Text<[Indicator, string, number, string]> = {
  id: (ind, where, n, above) =>
    `${kodeLabel(ind)} Kode Induk '${ind.kodeInduk}' ada di level '${where}' (level ${n}), bukan di level tepat di atasnya ('${above}').`,
  en: (ind, where, n, above) =>
    `${kodeLabel(ind)} Kode Induk '${ind.kodeInduk}' is on level '${where}' (level ${n}), not on the level directly above ('${above}').`,
};

/**
 * POKIN007 (error): Kode Induk names an existing indicator that is not on the level directly
 * above — two levels up, on the same level, below, or the indicator itself. Reported at the
 * Kode Induk cell; the message says where the named indicator is. Level 1 is skipped (see
 * POKIN006). When a Kode is duplicated, the first indicator with it is the one named (as in the
 * model's links); the duplicate itself is POKIN004's.
 */
export const pokin007: Rule = {
  id: "POKIN007",
  severity: "error",
  begin(model, out) {
    return {
      level(level) {
        if (level.index === 0 || level.columns?.fields.kodeInduk === undefined) return undefined;
        const above = model.levels[level.index - 1]?.name ?? "";
        const col = fieldCol(level, "kodeInduk");
        return (ind) => {
          // A linked parent is the indicator named, on the level above: only the rest need the lookup.
          if (ind.parent !== undefined || ind.kodeInduk === "") return;
          const named = model.byKode.get(ind.kodeInduk);
          if (!named || (named.level === level.index - 1 && named !== ind)) return;
          const where = model.levels[named.level]?.name ?? named.sheet;
          const message =
            named === ind
              ? ITSELF[out.lang](ind, above)
              : ELSEWHERE[out.lang](ind, where, named.level + 1, above);
          out.add(ind.sheet, ind.row, col, ind.kode, message);
        };
      },
    };
  },
};
