import type { LevelModel } from "../model/buildModel";
import type { Field } from "../model/columns";
import type { Indicator } from "../model/indicator";
import { fieldCol, kodeLabel } from "./cells";
import type { Hit, Rule } from "./types";
import type { Msg } from "../messages";

/** Invisible characters readKode strips: zero-width spaces/joiners, word joiner, BOM, soft hyphen, bidi marks. */
const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u00AD\u202A-\u202E\u2066-\u2069\u061C]/;

/**
 * POKIN021 (warning): Kode or Kode Induk has stray spaces or invisible characters. Matching
 * already ignores them (SPEC §3), but other tools and formulas do not. Reported at the cell.
 * A Kode Induk made only of such characters is empty, which is POKIN005's.
 */
export const pokin021: Rule = {
  id: "POKIN021",
  severity: "warning",
  *check(model) {
    for (const level of model.levels) {
      if (!level.sheet) continue;
      for (const ind of level.indicators) {
        if (ind.kodeStray) yield hit(level, ind, "kode", ind.kode);
        if (ind.kodeIndukStray && ind.kodeInduk !== "") yield hit(level, ind, "kodeInduk", ind.kodeInduk);
      }
    }
  },
};

function hit(level: LevelModel, ind: Indicator, field: "kode" | "kodeInduk", read: string): Hit {
  const col = fieldCol(level, field);
  const raw = level.sheet?.values[ind.row]?.[col];
  return {
    sheet: level.sheet?.name ?? level.name,
    row: ind.row,
    col,
    kode: ind.kode,
    message: describe(ind, field, typeof raw === "string" && INVISIBLE.test(raw), read),
  };
}

function describe(ind: Indicator, field: Field, invisible: boolean, read: string): Msg {
  const name = field === "kode" ? "Kode" : "Kode Induk";
  return invisible
    ? {
        id: `${kodeLabel(ind)} ${name} mengandung karakter tak terlihat; dibaca sebagai '${read}'. Ketik ulang selnya.`,
        en: `${kodeLabel(ind)} ${name} contains invisible characters; read as '${read}'. Retype the cell.`,
      }
    : {
        id: `${kodeLabel(ind)} ${name} mengandung spasi berlebih; dibaca sebagai '${read}'.`,
        en: `${kodeLabel(ind)} ${name} has stray spaces; read as '${read}'.`,
      };
}
