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

/**
 * POKIN019 (warning): the same Indikator (compared case- and space-insensitively) appears twice
 * under the same parent, i.e. the same Kode Induk on the same level (level-1 rows all share the
 * empty parent). Reported at the later row's Indikator cell; the message names the first's Kode.
 */
export const pokin019: Rule = {
  id: "POKIN019",
  severity: "warning",
  begin(_model, out) {
    return {
      level(level) {
        if (!level.sheet || level.columns?.fields.indikator === undefined) return undefined;
        const name = level.sheet.name;
        const col = fieldCol(level, "indikator");
        // Kode Induk → its rows so far. Most parents have a few children and many have one: an
        // only child costs no key, and a small group is compared in a list, not a map of its own.
        const groups = new Map<string, Indicator | Siblings>();
        return (ind) => {
          const parent = level.index === 0 ? "" : ind.kodeInduk;
          const group = groups.get(parent);
          if (group === undefined) groups.set(parent, ind);
          else {
            const siblings = group instanceof Siblings ? group : new Siblings(group);
            if (siblings !== group) groups.set(parent, siblings);
            const earlier = siblings.add(ind);
            if (earlier) out.add(name, ind.row, col, ind.kode, AGAIN[out.lang](ind, earlier));
          }
        };
      },
    };
  },
};

/** The rows of one parent with an Indikator, by key: in a list while few, then in a map. */
class Siblings {
  private keys: string[] = [];
  private inds: Indicator[] = [];
  private map?: Map<string, Indicator>;

  constructor(first: Indicator) {
    this.add(first);
  }

  /** Adds a row; returns the earlier row with the same Indikator, if there is one (it is not added). */
  add(ind: Indicator): Indicator | undefined {
    const key = nameKey(ind.indikator);
    if (key === "") return undefined;
    if (this.map) {
      const earlier = this.map.get(key);
      if (!earlier) this.map.set(key, ind);
      return earlier;
    }
    const at = this.keys.indexOf(key);
    if (at >= 0) return this.inds[at];
    this.keys.push(key);
    this.inds.push(ind);
    if (this.keys.length > 16) {
      this.map = new Map(this.keys.map((k, i) => [k, this.inds[i]!]));
      this.keys = [];
      this.inds = [];
    }
    return undefined;
  }
}
