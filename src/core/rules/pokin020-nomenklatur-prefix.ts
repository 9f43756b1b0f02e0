import type { Indicator } from "../model/indicator";
import { startsWithNomenklatur } from "../values/nomenklatur";
import { fieldCol, kodeLabel } from "./cells";
import type { Rule, Text } from "./types";

const PREFIX: Text<[Indicator, Indicator]> = {
  id: (ind, parent) =>
    `${kodeLabel(ind)} Kode Nomenklatur '${ind.kodeNomenklatur}' tidak diawali Kode Nomenklatur induknya (${parent.kode}: '${parent.kodeNomenklatur}').`,
  en: (ind, parent) =>
    `${kodeLabel(ind)} Kode Nomenklatur '${ind.kodeNomenklatur}' does not start with its parent's (${parent.kode}: '${parent.kodeNomenklatur}').`,
};

/**
 * POKIN020 (warning): an indicator's Kode Nomenklatur does not start with its parent's (e.g. a
 * Kegiatan `1.06.05.2.01` under a Program `1.06.04`). Both must be filled; the same code as the
 * parent is fine. Reported at the child's Kode Nomenklatur cell.
 */
export const pokin020: Rule = {
  id: "POKIN020",
  severity: "warning",
  begin(_model, out) {
    return {
      level(level) {
        if (!level.sheet || level.columns?.fields.kodeNomenklatur === undefined) return undefined;
        const name = level.sheet.name;
        const col = fieldCol(level, "kodeNomenklatur");
        return (ind) => {
          const parent = ind.parent;
          if (!parent || ind.kodeNomenklatur === "" || parent.kodeNomenklatur === "") return;
          if (startsWithNomenklatur(ind.kodeNomenklatur, parent.kodeNomenklatur)) return;
          out.add(name, ind.row, col, ind.kode, PREFIX[out.lang](ind, parent));
        };
      },
    };
  },
};
