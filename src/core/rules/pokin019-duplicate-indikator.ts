import type { Indicator } from "../model/indicator";
import { nameKey } from "../text";
import { fieldCol, kodeLabel } from "./cells";
import type { Rule, Text } from "./types";

const AGAIN: Text<[Indicator, Indicator]> = {
  id: (ind, earlier) =>
    `${kodeLabel(ind)} Indikator '${ind.indikator}' sudah ada di bawah induk yang sama pada Kode ${earlier.kode}.`,
  en: (ind, earlier) =>
    `${kodeLabel(ind)} Indikator '${ind.indikator}' already appears under the same parent at Kode ${earlier.kode}.`,
};

/** Past this many siblings, a family is compared through a map of its keys rather than row by row. */
const SMALL_FAMILY = 24;

/**
 * POKIN019 (warning): the same Indikator (compared case- and space-insensitively) appears twice
 * under the same parent, i.e. the same Kode Induk on the same level (level-1 rows all share the
 * empty parent). Reported at the later row's Indikator cell; the message names the first's Kode.
 * A row linked to its parent finds its siblings in the parent's children (all rows with that
 * Kode Induk, in sheet order); the others (top level, unknown or misplaced Kode Induk) are
 * grouped by Kode Induk as they come.
 */
export const pokin019: Rule = {
  id: "POKIN019",
  severity: "warning",
  begin(_model, out) {
    const families = new Map<readonly Indicator[], Map<string, Indicator>>();
    return {
      level(level) {
        if (!level.sheet || level.columns?.fields.indikator === undefined) return undefined;
        const name = level.sheet.name;
        const col = fieldCol(level, "indikator");
        const unlinked = new Map<string, Map<string, Indicator>>();
        return (ind) => {
          if (ind.indikator === "") return;
          const siblings = ind.parent?.children;
          let earlier: Indicator | undefined;
          if (siblings && siblings.length <= SMALL_FAMILY) earlier = earlierInList(siblings, ind);
          else {
            const parent = level.index === 0 ? "" : ind.kodeInduk;
            earlier = firstByKey(siblings ? families : unlinked, siblings ?? parent, ind);
          }
          if (earlier) out.add(name, ind.row, col, ind.kode, AGAIN[out.lang](ind, earlier));
        };
      },
    };
  },
};

/** The first sibling before `ind` with the same Indikator: a few rows, compared without a key. */
function earlierInList(siblings: readonly Indicator[], ind: Indicator): Indicator | undefined {
  for (let k = 0; k < siblings.length; k++) {
    const other = siblings[k]!;
    if (other === ind) return undefined;
    if (sameName(other.indikator, ind.indikator)) return other;
  }
  return undefined;
}

/** The first row seen under `group` with the key of `ind`, else undefined (and `ind` is noted). */
function firstByKey<G>(
  groups: Map<G, Map<string, Indicator>>,
  group: G,
  ind: Indicator,
): Indicator | undefined {
  let byKey = groups.get(group);
  if (!byKey) groups.set(group, (byKey = new Map()));
  const key = nameKey(ind.indikator);
  const earlier = byKey.get(key);
  if (!earlier) byKey.set(key, ind);
  return earlier;
}

/**
 * nameKey(a) === nameKey(b) for two texts already cleaned (an indicator's texts are), i.e. equal
 * lower-cased, without making either key: ASCII letters are compared case-folded, and at the first
 * other difference the keys are made. Texts equal up to the shorter one's length differ: lower-
 * casing never shortens a text, and the longer one's extra characters have no counterpart.
 */
function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x > 127 || y > 127) return nameKey(a) === nameKey(b);
    if (x >= 65 && x <= 90) x += 32;
    if (y >= 65 && y <= 90) y += 32;
    if (x !== y) return false;
  }
  return a.length === b.length;
}
