import { fieldCol, kodeLabel } from "./cells";
import type { Rule } from "./types";

/**
 * POKIN006 (error): Kode Induk names no existing Kode. Reported at the Kode Induk cell.
 * Level 1 is skipped: it has no parent in the workbook, and a Kode Induk there may well
 * refer to a document outside it (an RPJMD misi).
 */
export const pokin006: Rule = {
  id: "POKIN006",
  severity: "error",
  *check(model) {
    for (const level of model.levels) {
      if (level.index === 0 || level.columns?.fields.kodeInduk === undefined) continue;
      for (const ind of level.indicators) {
        if (ind.kodeInduk === "" || model.byKode.has(ind.kodeInduk)) continue;
        yield {
          sheet: ind.sheet,
          row: ind.row,
          col: fieldCol(level, "kodeInduk"),
          kode: ind.kode,
          message: {
            id: `${kodeLabel(ind)} Kode Induk '${ind.kodeInduk}' tidak ditemukan sebagai Kode di mana pun.`,
            en: `${kodeLabel(ind)} Kode Induk '${ind.kodeInduk}' is not the Kode of any indicator.`,
          },
        };
      }
    }
  },
};
