import type { Indicator } from "../model/indicator";
import { fieldCol, kodeLabel } from "./cells";
import type { Rule, Text } from "./types";

const EMPTY: Text<[Indicator, string]> = {
  id: (ind, level) =>
    `${kodeLabel(ind)} Uraian kosong: indikator '${ind.indikator}' tidak memiliki pernyataan ${level} yang diukurnya.`,
  en: (ind, level) =>
    `${kodeLabel(ind)} Uraian is empty: indicator '${ind.indikator}' has no ${level} statement it measures.`,
};

/**
 * POKIN025 (error): Uraian is empty on a row that has an Indikator — an indicator without the
 * statement (tujuan, sasaran, program, kegiatan, sub kegiatan) it measures. A statement with
 * several indicators repeats its Uraian on each row (SPEC §3.2). Reported at the Uraian cell;
 * skipped when the sheet has no Uraian column (POKIN002) or the Indikator is empty too (POKIN009).
 */
export const pokin025: Rule = {
  id: "POKIN025",
  severity: "error",
  begin(_model, out) {
    return {
      level(level) {
        if (!level.sheet || level.columns?.fields.uraian === undefined) return undefined;
        const col = fieldCol(level, "uraian");
        return (ind) => {
          if (ind.uraian !== "" || ind.indikator === "") return;
          out.add(ind.sheet, ind.row, col, ind.kode, EMPTY[out.lang](ind, level.name));
        };
      },
    };
  },
};
