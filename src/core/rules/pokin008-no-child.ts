import type { Indicator } from "../model/indicator";
import { nameKey } from "../text";
import { fieldCol, kodeLabel } from "./cells";
import type { Rule } from "./types";

/**
 * POKIN008 (warning): an indicator above the lowest level has no child indicator — a branch of
 * the tree that nothing below carries out. Reported at its Kode cell.
 * A statement with several indicators (rows of the same level with the same Uraian and the same
 * Kode Induk) counts as one: children may hang from any of its indicator rows (SPEC §7,
 * refinements), so only a statement none of whose rows has a child is reported, at each row.
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
      const withChildren = new Set<string>();
      for (const ind of level.indicators) if (ind.children.length > 0) withChildren.add(statementKey(ind));
      for (const ind of level.indicators) {
        if (ind.children.length > 0 || withChildren.has(statementKey(ind))) continue;
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

/** One statement of a level: its Uraian under its parent (a row without Uraian is its own). */
function statementKey(ind: Indicator): string {
  const uraian = nameKey(ind.uraian);
  return uraian === "" ? `\u0000${ind.row}` : `${ind.kodeInduk}\u0000${uraian}`;
}
