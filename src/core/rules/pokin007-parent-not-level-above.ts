import { fieldCol, kodeLabel } from "./cells";
import type { Rule } from "./types";
import type { Msg } from "../messages";

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
  *check(model) {
    for (const level of model.levels) {
      if (level.index === 0 || level.columns?.fields.kodeInduk === undefined) continue;
      const above = model.levels[level.index - 1]?.name ?? "";
      for (const ind of level.indicators) {
        const named = ind.kodeInduk === "" ? undefined : model.byKode.get(ind.kodeInduk);
        if (!named || (named.level === level.index - 1 && named !== ind)) continue;
        const where = model.levels[named.level]?.name ?? named.sheet;
        const message: Msg =
          named === ind
            ? {
                id: `${kodeLabel(ind)} Kode Induk menunjuk indikator ini sendiri; isi dengan Kode induknya di level '${above}'.`,
                en: `${kodeLabel(ind)} Kode Induk names this indicator itself; use the Kode of its parent on level '${above}'.`,
              }
            : {
                id: `${kodeLabel(ind)} Kode Induk '${ind.kodeInduk}' ada di level '${where}' (level ${named.level + 1}), bukan di level tepat di atasnya ('${above}').`,
                en: `${kodeLabel(ind)} Kode Induk '${ind.kodeInduk}' is on level '${where}' (level ${named.level + 1}), not on the level directly above ('${above}').`,
              };
        yield { sheet: ind.sheet, row: ind.row, col: fieldCol(level, "kodeInduk"), kode: ind.kode, message };
      }
    }
  },
};
