import { fieldCol, kodeLabel } from "./cells";
import type { Rule } from "./types";

const ACCEPTED = "Positif, Negatif, +, -, Naik, Turun, Maksimal, Minimal, Max, Min";

/** POKIN018 (warning): Polaritas is neither Positif nor Negatif; it is read as Positif. At the Polaritas cell. */
export const pokin018: Rule = {
  id: "POKIN018",
  severity: "warning",
  *check(model) {
    for (const level of model.levels) {
      if (!level.sheet || level.columns?.fields.polaritas === undefined) continue;
      for (const ind of level.indicators) {
        if (ind.polaritasValid) continue;
        yield {
          sheet: level.sheet.name,
          row: ind.row,
          col: fieldCol(level, "polaritas"),
          kode: ind.kode,
          message: {
            id: `${kodeLabel(ind)} Polaritas '${ind.polaritasText}' tidak dikenal, dibaca sebagai Positif. Isian yang diterima: ${ACCEPTED}.`,
            en: `${kodeLabel(ind)} Polaritas '${ind.polaritasText}' is not recognised and is read as Positif. Accepted: ${ACCEPTED}.`,
          },
        };
      }
    }
  },
};
