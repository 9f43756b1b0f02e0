import type { Indicator } from "../model/indicator";
import { fieldCol, kodeLabel } from "./cells";
import type { Rule, Text } from "./types";

const UNKNOWN: Text<[Indicator]> = {
  id: (ind) => `${kodeLabel(ind)} Kode Induk '${ind.kodeInduk}' tidak ditemukan sebagai Kode di mana pun.`,
  en: (ind) => `${kodeLabel(ind)} Kode Induk '${ind.kodeInduk}' is not the Kode of any indicator.`,
};

/**
 * POKIN006 (error): Kode Induk names no existing Kode. Reported at the Kode Induk cell.
 * Level 1 is skipped: it has no parent in the workbook, and a Kode Induk there may well
 * refer to a document outside it (an RPJMD misi).
 */
export const pokin006: Rule = {
  id: "POKIN006",
  severity: "error",
  begin(model, out) {
    return {
      level(level) {
        if (level.index === 0 || level.columns?.fields.kodeInduk === undefined) return undefined;
        const col = fieldCol(level, "kodeInduk");
        return (ind) => {
          // A linked parent is a known Kode: only the rest need the lookup.
          if (ind.kodeInduk === "" || ind.parent !== undefined || model.byKode.has(ind.kodeInduk)) return;
          out.add(ind.sheet, ind.row, col, ind.kode, UNKNOWN[out.lang](ind));
        };
      },
    };
  },
};
