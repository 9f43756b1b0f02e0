import type { Indicator } from "../model/indicator";
import { nomenklaturSegments } from "../values/nomenklatur";
import { fieldCol, kodeLabel } from "./cells";
import { CODE_PARTS, nomenklaturLevel, type NomenklaturLevel } from "./levelKinds";
import type { Rule, Text } from "./types";

const FORM: Readonly<Record<NomenklaturLevel, string>> = {
  program: "X.XX.NN",
  kegiatan: "X.XX.NN.N.NN",
  subKegiatan: "X.XX.NN.N.NN.NNNN",
};

const PARTS: Text<[Indicator, string, NomenklaturLevel]> = {
  id: (ind, level, kind) =>
    `${kodeLabel(ind)} Kode Nomenklatur '${ind.kodeNomenklatur}' bukan kode ${level} (${FORM[kind]}, ${CODE_PARTS[kind]} bagian).`,
  en: (ind, level, kind) =>
    `${kodeLabel(ind)} Kode Nomenklatur '${ind.kodeNomenklatur}' is not a ${level} code (${FORM[kind]}, ${CODE_PARTS[kind]} parts).`,
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
  begin(_model, out) {
    return {
      level(level) {
        const kind = nomenklaturLevel(level.name);
        if (!kind || !level.sheet || level.columns?.fields.kodeNomenklatur === undefined) return undefined;
        const col = fieldCol(level, "kodeNomenklatur");
        return (ind) => {
          if (ind.kodeNomenklatur === "") return;
          if (nomenklaturSegments(ind.kodeNomenklatur).length === CODE_PARTS[kind]) return;
          out.add(ind.sheet, ind.row, col, ind.kode, PARTS[out.lang](ind, level.name, kind));
        };
      },
    };
  },
};
