import type { Indicator } from "../model/indicator";
import { nameKey } from "../text";
import { fieldCol, kodeLabel } from "./cells";
import { kegiatanIndex } from "./levelKinds";
import type { Rule, Text } from "./types";

/** Wordings of an output (a count of things delivered), not of an outcome. */
const OUTPUT = /^(jumlah|banyaknya|tersedianya|terlaksananya|terselenggaranya)(?![a-z])/;

const OUTPUT_TEXT: Text<[Indicator, string, string]> = {
  id: (ind, word, level) =>
    `${kodeLabel(ind)} Indikator '${word} …' adalah keluaran (output); indikator level '${level}' seharusnya hasil (outcome).`,
  en: (ind, word, level) =>
    `${kodeLabel(ind)} Indicator '${word} …' is an output; indicators of level '${level}' should be outcomes.`,
};

/**
 * POKIN028 (warning): an output-worded indicator ("Jumlah …", "Tersedianya …",
 * "Terlaksananya …", "Terselenggaranya …", "Banyaknya …") on a level whose indicators should be
 * outcomes: every level above Kegiatan (PermenPANRB 89/2021). Reported at the Indikator cell.
 */
export const pokin028: Rule = {
  id: "POKIN028",
  severity: "warning",
  begin(model, out) {
    const kegiatan = kegiatanIndex(model);
    return {
      level(level) {
        if (kegiatan === undefined || level.index >= kegiatan || !level.sheet) return undefined;
        const col = fieldCol(level, "indikator");
        return (ind) => {
          // j…, b… or t…: any other first letter cannot be an output wording, and is not lower-cased.
          if (!mayBeOutput(ind.indikator) || !OUTPUT.test(nameKey(ind.indikator))) return;
          const word = ind.indikator.trim().split(/\s+/)[0] ?? "";
          out.add(ind.sheet, ind.row, col, ind.kode, OUTPUT_TEXT[out.lang](ind, word, level.name));
        };
      },
    };
  },
};

function mayBeOutput(indikator: string): boolean {
  const c = indikator.charCodeAt(0) | 0x20;
  return c === 0x6a || c === 0x62 || c === 0x74;
}
