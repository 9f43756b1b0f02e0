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
    // Statement keys are made only then, and only when some row is childless (rarely).
    const childless: { ind: Indicator; col: number; below: string }[] = [];
    const withChildren: Indicator[] = [];
    return {
      level(level) {
        const below = model.levels[level.index + 1];
        if (!below?.sheet || below.columns?.fields.kodeInduk === undefined) return undefined;
        const col = fieldCol(level, "kode");
        return (ind) => {
          if (ind.children.length > 0) withChildren.push(ind);
          else childless.push({ ind, col, below: below.name });
        };
      },
      end() {
        if (childless.length === 0) return;
        const carried = new Set(withChildren.map(statementKey));
        for (const { ind, col, below } of childless) {
          if (!carried.has(statementKey(ind)))
            out.add(ind.sheet, ind.row, col, ind.kode, NO_CHILD[out.lang](ind, below));
        }
      },
    };
  },
};

/**
 * One statement of a level: its Uraian under its parent (a row without Uraian is its own); the
 * level comes first, so two levels' statements stay apart.
 */
function statementKey(ind: Indicator): string {
  const uraian = nameKey(ind.uraian);
  return uraian === ""
    ? `${ind.level}\u0000\u0000${ind.row}`
    : `${ind.level}\u0000${ind.kodeInduk}\u0000${uraian}`;
}
