import type { Indicator } from "../model/indicator";
import { fieldCol, kodeLabel } from "./cells";
import type { Rule, Text } from "./types";

const EMPTY: Text<[Indicator]> = {
  id: (ind) => `${kodeLabel(ind)} Satuan kosong.`,
  en: (ind) => `${kodeLabel(ind)} Satuan (unit) is empty.`,
};

/**
 * POKIN010 (error): an indicator row has an empty Satuan (unit). Reported at the Satuan cell.
 * A sheet without a Satuan column is POKIN002's.
 */
export const pokin010: Rule = {
  id: "POKIN010",
  severity: "error",
  begin(_model, out) {
    return {
      level(level) {
        if (level.columns?.fields.satuan === undefined) return undefined;
        const col = fieldCol(level, "satuan");
        return (ind) => {
          if (ind.satuan === "") out.add(ind.sheet, ind.row, col, ind.kode, EMPTY[out.lang](ind));
        };
      },
    };
  },
};
