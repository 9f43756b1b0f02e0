import { startsWithNomenklatur } from "../values/nomenklatur";
import { fieldCol, kodeLabel } from "./cells";
import type { Rule } from "./types";

/**
 * POKIN020 (warning): an indicator's Kode Nomenklatur does not start with its parent's (e.g. a
 * Kegiatan `1.06.05.2.01` under a Program `1.06.04`). Both must be filled; the same code as the
 * parent is fine. Reported at the child's Kode Nomenklatur cell.
 */
export const pokin020: Rule = {
  id: "POKIN020",
  severity: "warning",
  *check(model) {
    for (const level of model.levels) {
      if (!level.sheet || level.columns?.fields.kodeNomenklatur === undefined) continue;
      for (const ind of level.indicators) {
        const parent = ind.parent;
        if (!parent || ind.kodeNomenklatur === "" || parent.kodeNomenklatur === "") continue;
        if (startsWithNomenklatur(ind.kodeNomenklatur, parent.kodeNomenklatur)) continue;
        yield {
          sheet: level.sheet.name,
          row: ind.row,
          col: fieldCol(level, "kodeNomenklatur"),
          kode: ind.kode,
          message: {
            id: `${kodeLabel(ind)} Kode Nomenklatur '${ind.kodeNomenklatur}' tidak diawali Kode Nomenklatur induknya (${parent.kode}: '${parent.kodeNomenklatur}').`,
            en: `${kodeLabel(ind)} Kode Nomenklatur '${ind.kodeNomenklatur}' does not start with its parent's (${parent.kode}: '${parent.kodeNomenklatur}').`,
          },
        };
      }
    }
  },
};
