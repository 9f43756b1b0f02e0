import type { Indicator } from "../model/indicator";
import { fieldCol, kodeLabel } from "./cells";
import type { Rule, Text } from "./types";

const EMPTY: Text<[Indicator]> = {
  id: (ind) => `${kodeLabel(ind)} Indikator kosong.`,
  en: (ind) => `${kodeLabel(ind)} Indikator is empty.`,
};

/**
 * POKIN009 (error): an indicator row (a row with a Kode) has an empty Indikator. Reported at
 * the Indikator cell. A sheet without an Indikator column is POKIN002's.
 */
export const pokin009: Rule = {
  id: "POKIN009",
  severity: "error",
  begin(_model, out) {
    return {
      level(level) {
        if (level.columns?.fields.indikator === undefined) return undefined;
        const col = fieldCol(level, "indikator");
        return (ind) => {
          if (ind.indikator === "") out.add(ind.sheet, ind.row, col, ind.kode, EMPTY[out.lang](ind));
        };
      },
    };
  },
};
