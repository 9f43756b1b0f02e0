import type { Indicator } from "../model/indicator";
import { fieldCol, kodeLabel } from "./cells";
import type { Rule, Text } from "./types";

const ACCEPTED = "Positif, Negatif, +, -, Naik, Turun, Maksimal, Minimal, Max, Min";

const UNKNOWN: Text<[Indicator]> = {
  id: (ind) =>
    `${kodeLabel(ind)} Polaritas '${ind.polaritasText}' tidak dikenal, dibaca sebagai Positif. Isian yang diterima: ${ACCEPTED}.`,
  en: (ind) =>
    `${kodeLabel(ind)} Polaritas '${ind.polaritasText}' is not recognised and is read as Positif. Accepted: ${ACCEPTED}.`,
};

/** POKIN018 (warning): Polaritas is neither Positif nor Negatif; it is read as Positif. At the Polaritas cell. */
export const pokin018: Rule = {
  id: "POKIN018",
  severity: "warning",
  begin(_model, out) {
    return {
      level(level) {
        if (!level.sheet || level.columns?.fields.polaritas === undefined) return undefined;
        const name = level.sheet.name;
        const col = fieldCol(level, "polaritas");
        return (ind) => {
          if (!ind.polaritasValid) out.add(name, ind.row, col, ind.kode, UNKNOWN[out.lang](ind));
        };
      },
    };
  },
};
