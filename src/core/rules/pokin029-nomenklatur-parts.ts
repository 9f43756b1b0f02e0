import { nomenklaturSegments } from "../values/nomenklatur";
import { fieldCol, kodeLabel } from "./cells";
import { CODE_PARTS, nomenklaturLevel, type NomenklaturLevel } from "./levelKinds";
import type { Rule } from "./types";

const FORM: Readonly<Record<NomenklaturLevel, string>> = {
  program: "X.XX.NN",
  kegiatan: "X.XX.NN.N.NN",
  subKegiatan: "X.XX.NN.N.NN.NNNN",
};

/**
 * POKIN029 (warning): a Program, Kegiatan or Sub Kegiatan Kode Nomenklatur has the wrong number
 * of parts for its level (Program X.XX.NN, Kegiatan X.XX.NN.N.NN, Sub Kegiatan
 * X.XX.NN.N.NN.NNNN); a code that stops at the bidang (`1.06`) is wrong on every level, and so
 * is text that is no code. Levels are known by name; reported at the Kode Nomenklatur cell.
 */
export const pokin029: Rule = {
  id: "POKIN029",
  severity: "warning",
  *check(model) {
    for (const level of model.levels) {
      const kind = nomenklaturLevel(level.name);
      if (!kind || !level.sheet || level.columns?.fields.kodeNomenklatur === undefined) continue;
      for (const ind of level.indicators) {
        if (ind.kodeNomenklatur === "") continue;
        const parts = nomenklaturSegments(ind.kodeNomenklatur).length;
        if (parts === CODE_PARTS[kind]) continue;
        yield {
          sheet: ind.sheet,
          row: ind.row,
          col: fieldCol(level, "kodeNomenklatur"),
          kode: ind.kode,
          message: {
            id: `${kodeLabel(ind)} Kode Nomenklatur '${ind.kodeNomenklatur}' bukan kode ${level.name} (${FORM[kind]}, ${CODE_PARTS[kind]} bagian).`,
            en: `${kodeLabel(ind)} Kode Nomenklatur '${ind.kodeNomenklatur}' is not a ${level.name} code (${FORM[kind]}, ${CODE_PARTS[kind]} parts).`,
          },
        };
      }
    }
  },
};
