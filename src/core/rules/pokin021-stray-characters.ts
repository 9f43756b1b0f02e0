import type { Indicator } from "../model/indicator";
import { fieldCol, kodeLabel } from "./cells";
import type { Rule, Text } from "./types";

/** Invisible characters readKode strips: zero-width spaces/joiners, word joiner, BOM, soft hyphen, bidi marks. */
const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u00AD\u202A-\u202E\u2066-\u2069\u061C]/;

const INVISIBLE_TEXT: Text<[Indicator, string, string]> = {
  id: (ind, name, read) =>
    `${kodeLabel(ind)} ${name} mengandung karakter tak terlihat; dibaca sebagai '${read}'. Ketik ulang selnya.`,
  en: (ind, name, read) =>
    `${kodeLabel(ind)} ${name} contains invisible characters; read as '${read}'. Retype the cell.`,
};
const SPACES_TEXT: Text<[Indicator, string, string]> = {
  id: (ind, name, read) => `${kodeLabel(ind)} ${name} mengandung spasi berlebih; dibaca sebagai '${read}'.`,
  en: (ind, name, read) => `${kodeLabel(ind)} ${name} has stray spaces; read as '${read}'.`,
};

/**
 * POKIN021 (warning): Kode or Kode Induk has stray spaces or invisible characters. Matching
 * already ignores them (SPEC §3), but other tools and formulas do not. Reported at the cell.
 * A Kode Induk made only of such characters is empty, which is POKIN005's.
 */
export const pokin021: Rule = {
  id: "POKIN021",
  severity: "warning",
  begin(_model, out) {
    return {
      level(level) {
        const sheet = level.sheet;
        if (!sheet) return undefined;
        const report = (ind: Indicator, field: "kode" | "kodeInduk", read: string) => {
          const col = fieldCol(level, field);
          const raw = sheet.values[ind.row]?.[col];
          const name = field === "kode" ? "Kode" : "Kode Induk";
          const text = typeof raw === "string" && INVISIBLE.test(raw) ? INVISIBLE_TEXT : SPACES_TEXT;
          out.add(sheet.name, ind.row, col, ind.kode, text[out.lang](ind, name, read));
        };
        return (ind) => {
          if (ind.kodeStray) report(ind, "kode", ind.kode);
          if (ind.kodeIndukStray && ind.kodeInduk !== "") report(ind, "kodeInduk", ind.kodeInduk);
        };
      },
    };
  },
};
