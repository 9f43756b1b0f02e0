import type { Indicator } from "../model/indicator";
import { nameKey } from "../text";
import { fieldCol, kodeLabel } from "./cells";
import type { Rule, Text } from "./types";

const NO_CHILD: Text<[Indicator, string]> = {
  id: (ind, below) =>
    `${kodeLabel(ind)} Tidak ada indikator di level '${below}' yang Kode Induk-nya '${ind.kode}'.`,
  en: (ind, below) => `${kodeLabel(ind)} No indicator on level '${below}' has Kode Induk '${ind.kode}'.`,
};

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
  begin(model, out) {
    // Childless rows wait for the end: a later row of their statement may still have a child.
    const childless: { ind: Indicator; col: number; below: string; key: string }[] = [];
    const withChildren = new Set<string>();
    return {
      level(level) {
        const below = model.levels[level.index + 1];
        if (!below?.sheet || below.columns?.fields.kodeInduk === undefined) return undefined;
        const col = fieldCol(level, "kode");
        // Keys are made per level: "level\0…" keeps two levels' statements apart.
        const prefix = `${level.index}\u0000`;
        return (ind) => {
          if (ind.children.length > 0) {
            withChildren.add(prefix + statementKey(ind));
            return;
          }
          childless.push({ ind, col, below: below.name, key: prefix + statementKey(ind) });
        };
      },
      end() {
        for (const { ind, col, below, key } of childless) {
          if (!withChildren.has(key))
            out.add(ind.sheet, ind.row, col, ind.kode, NO_CHILD[out.lang](ind, below));
        }
      },
    };
  },
};

/** One statement of a level: its Uraian under its parent (a row without Uraian is its own). */
function statementKey(ind: Indicator): string {
  const uraian = nameKey(ind.uraian);
  return uraian === "" ? `\u0000${ind.row}` : `${ind.kodeInduk}\u0000${uraian}`;
}
