import { fieldCol, kodeLabel } from "./cells";
import type { Rule } from "./types";

/**
 * POKIN025 (error): Uraian is empty on a row that has an Indikator — an indicator without the
 * statement (tujuan, sasaran, program, kegiatan, sub kegiatan) it measures. A statement with
 * several indicators repeats its Uraian on each row (SPEC §3.2). Reported at the Uraian cell;
 * skipped when the sheet has no Uraian column (POKIN002) or the Indikator is empty too (POKIN009).
 */
export const pokin025: Rule = {
  id: "POKIN025",
  severity: "error",
  *check(model) {
    for (const level of model.levels) {
      if (!level.sheet || level.columns?.fields.uraian === undefined) continue;
      for (const ind of level.indicators) {
        if (ind.uraian !== "" || ind.indikator === "") continue;
        yield {
          sheet: ind.sheet,
          row: ind.row,
          col: fieldCol(level, "uraian"),
          kode: ind.kode,
          message: {
            id: `${kodeLabel(ind)} Uraian kosong: indikator '${ind.indikator}' tidak memiliki pernyataan ${level.name} yang diukurnya.`,
            en: `${kodeLabel(ind)} Uraian is empty: indicator '${ind.indikator}' has no ${level.name} statement it measures.`,
          },
        };
      }
    }
  },
};
