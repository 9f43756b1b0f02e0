import { findSheet } from "../model/buildModel";
import type { Indicator } from "../model/indicator";
import { cachedReference, findReference, REFERENCE_SHEET } from "../model/reference";
import { nomenklaturSegments } from "../values/nomenklatur";
import { fieldCol, kodeLabel } from "./cells";
import { CODE_PARTS, nomenklaturLevel } from "./levelKinds";
import type { Rule, Text } from "./types";

const NOT_LISTED: Text<[Indicator, string]> = {
  id: (ind, ref) => `${kodeLabel(ind)} Kode Nomenklatur '${ind.kodeNomenklatur}' tidak ada di lembar ${ref}.`,
  en: (ind, ref) => `${kodeLabel(ind)} Kode Nomenklatur '${ind.kodeNomenklatur}' is not in sheet ${ref}.`,
};
const OTHER_NAME: Text<[Indicator, string, string]> = {
  id: (ind, ref, name) =>
    `${kodeLabel(ind)} Uraian '${ind.uraian}' bukan nama ${ind.kodeNomenklatur} di ${ref}: '${name}'.`,
  en: (ind, ref, name) =>
    `${kodeLabel(ind)} Uraian '${ind.uraian}' is not the name of ${ind.kodeNomenklatur} in ${ref}: '${name}'.`,
};

/**
 * POKIN030 (warning): only with a `Referensi Nomenklatur` sheet (SPEC §7). A Program's or
 * Kegiatan's Kode Nomenklatur that the list does not hold is reported at the Kode Nomenklatur
 * cell (a Sub Kegiatan's is POKIN024's); the Uraian of a Program, Kegiatan or Sub Kegiatan that
 * is not the list's name for its code is reported at the Uraian cell. Names are compared after
 * folding case, spaces and punctuation, and without a leading "Program"/"Kegiatan"/"Sub
 * Kegiatan". Codes with the wrong number of parts are POKIN029's; an unreadable reference
 * sheet is POKIN024's.
 */
export const pokin030: Rule = {
  id: "POKIN030",
  severity: "warning",
  begin(model, out) {
    const refSheet = findSheet(model.workbook, REFERENCE_SHEET);
    const reference = refSheet ? cachedReference(refSheet) : undefined;
    if (!refSheet || !reference) return {};
    return {
      level(level) {
        const kind = nomenklaturLevel(level.name);
        const f = level.columns?.fields;
        if (!kind || !level.sheet || f?.kodeNomenklatur === undefined) return undefined;
        const codeCol = fieldCol(level, "kodeNomenklatur");
        return (ind) => {
          if (nomenklaturSegments(ind.kodeNomenklatur).length !== CODE_PARTS[kind]) return;
          const entry = findReference(reference, ind.kodeNomenklatur);
          if (!entry) {
            if (kind !== "subKegiatan")
              out.add(ind.sheet, ind.row, codeCol, ind.kode, NOT_LISTED[out.lang](ind, refSheet.name));
            return;
          }
          if (f.uraian === undefined || ind.uraian === "" || entry.nomenklatur === "") return;
          if (nameFold(ind.uraian) === nameFold(entry.nomenklatur)) return;
          out.add(
            ind.sheet,
            ind.row,
            f.uraian,
            ind.kode,
            OTHER_NAME[out.lang](ind, refSheet.name, entry.nomenklatur),
          );
        };
      },
    };
  },
};

/**
 * A name folded for comparison: lower case, punctuation as spaces, spaces collapsed, and a
 * leading level word dropped ("PROGRAM PENUNJANG …" equals "Penunjang …").
 * @example nameFold("Program  Rehabilitasi-Sosial.") // "rehabilitasi sosial"
 */
export function nameFold(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^(program|kegiatan|sub kegiatan|subkegiatan) /, "");
}
