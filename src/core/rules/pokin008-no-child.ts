import { fieldCol, kodeLabel } from "./cells";
import type { Rule } from "./types";

/**
 * POKIN008 (warning): an indicator above the lowest level has no child indicator — a branch of
 * the tree that nothing below carries out. Reported at its Kode cell.
 * Skipped when the level below has no sheet (POKIN001) or no Kode Induk column (POKIN002):
 * then no indicator could have a child, and those findings already say why.
 */
export const pokin008: Rule = {
  id: "POKIN008",
  severity: "warning",
  *check(model) {
    for (const level of model.levels) {
      const below = model.levels[level.index + 1];
      if (!below?.sheet || below.columns?.fields.kodeInduk === undefined) continue;
      for (const ind of level.indicators) {
        if (ind.children.length > 0) continue;
        yield {
          sheet: ind.sheet,
          row: ind.row,
          col: fieldCol(level, "kode"),
          kode: ind.kode,
          message: {
            id: `${kodeLabel(ind)} Tidak ada indikator di level '${below.name}' yang Kode Induk-nya '${ind.kode}'.`,
            en: `${kodeLabel(ind)} No indicator on level '${below.name}' has Kode Induk '${ind.kode}'.`,
          },
        };
      }
    }
  },
};
