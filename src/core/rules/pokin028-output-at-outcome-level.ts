import { nameKey } from "../text";
import { fieldCol, kodeLabel } from "./cells";
import { kegiatanIndex } from "./levelKinds";
import type { Rule } from "./types";

/** Wordings of an output (a count of things delivered), not of an outcome. */
const OUTPUT = /^(jumlah|banyaknya|tersedianya|terlaksananya|terselenggaranya)(?![a-z])/;

/**
 * POKIN028 (warning): an output-worded indicator ("Jumlah …", "Tersedianya …",
 * "Terlaksananya …", "Terselenggaranya …", "Banyaknya …") on a level whose indicators should be
 * outcomes: every level above Kegiatan (PermenPANRB 89/2021). Reported at the Indikator cell.
 */
export const pokin028: Rule = {
  id: "POKIN028",
  severity: "warning",
  *check(model) {
    const kegiatan = kegiatanIndex(model);
    if (kegiatan === undefined) return;
    for (const level of model.levels) {
      if (level.index >= kegiatan || !level.sheet) continue;
      for (const ind of level.indicators) {
        if (!OUTPUT.test(nameKey(ind.indikator))) continue;
        const word = ind.indikator.trim().split(/\s+/)[0] ?? "";
        yield {
          sheet: ind.sheet,
          row: ind.row,
          col: fieldCol(level, "indikator"),
          kode: ind.kode,
          message: {
            id: `${kodeLabel(ind)} Indikator '${word} …' adalah keluaran (output); indikator level '${level.name}' seharusnya hasil (outcome).`,
            en: `${kodeLabel(ind)} Indicator '${word} …' is an output; indicators of level '${level.name}' should be outcomes.`,
          },
        };
      }
    }
  },
};
