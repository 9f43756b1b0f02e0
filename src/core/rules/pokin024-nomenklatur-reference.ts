import type { Indicator } from "../model/indicator";
import { findSheet } from "../model/buildModel";
import { cachedReference, findReference, REFERENCE_SHEET } from "../model/reference";
import { nameKey } from "../text";
import { fieldCol, kodeLabel } from "./cells";
import type { Rule, Text } from "./types";

const NO_HEADER: Text<[string]> = {
  id: (ref) =>
    `Lembar '${ref}' tidak memiliki baris judul yang dikenali dalam 15 baris pertama (Kode, atau Urusan/Bidang/Program/Kegiatan/Sub Kegiatan, lalu Nomenklatur dan Satuan); Kode Nomenklatur tidak diperiksa.`,
  en: (ref) =>
    `Sheet '${ref}' has no recognisable header row in its first 15 rows (Kode, or Urusan/Bidang/Program/Kegiatan/Sub Kegiatan, then Nomenklatur and Satuan); Kode Nomenklatur is not checked.`,
};
const NOT_LISTED: Text<[Indicator, string]> = {
  id: (ind, ref) => `${kodeLabel(ind)} Kode Nomenklatur '${ind.kodeNomenklatur}' tidak ada di lembar ${ref}.`,
  en: (ind, ref) => `${kodeLabel(ind)} Kode Nomenklatur '${ind.kodeNomenklatur}' is not in sheet ${ref}.`,
};
const OTHER_SATUAN: Text<[Indicator, string, string]> = {
  id: (ind, what, satuan) =>
    `${kodeLabel(ind)} Satuan '${ind.satuan}' berbeda dari referensi untuk ${what}: '${satuan}'.`,
  en: (ind, what, satuan) =>
    `${kodeLabel(ind)} Satuan '${ind.satuan}' differs from the reference for ${what}: '${satuan}'.`,
};

/**
 * POKIN024 (warning): only when the workbook has a `Referensi Nomenklatur` sheet. For each
 * indicator of the lowest level (Sub Kegiatan), a filled Kode Nomenklatur that the reference
 * does not list is reported at the Kode Nomenklatur cell; a listed one whose Satuan differs
 * (case- and space-insensitively) is reported at the Satuan cell. A reference sheet without a
 * recognisable header gives one finding at its A1 instead of flagging every code.
 */
export const pokin024: Rule = {
  id: "POKIN024",
  severity: "warning",
  begin(model, out) {
    const refSheet = findSheet(model.workbook, REFERENCE_SHEET);
    const lowest = model.levels[model.levels.length - 1];
    if (!refSheet || !lowest?.sheet || lowest.columns?.fields.kodeNomenklatur === undefined) return {};
    const reference = cachedReference(refSheet);
    if (!reference) {
      out.add(refSheet.name, 0, 0, undefined, NO_HEADER[out.lang](refSheet.name));
      return {};
    }
    const sheet = lowest.sheet.name;
    const hasSatuan = lowest.columns.fields.satuan !== undefined;
    const codeCol = fieldCol(lowest, "kodeNomenklatur");
    const satuanCol = fieldCol(lowest, "satuan");
    return {
      level(level) {
        if (level !== lowest) return undefined;
        return (ind) => {
          if (ind.kodeNomenklatur === "") return;
          const entry = findReference(reference, ind.kodeNomenklatur);
          if (!entry) {
            out.add(sheet, ind.row, codeCol, ind.kode, NOT_LISTED[out.lang](ind, refSheet.name));
            return;
          }
          if (!hasSatuan || ind.satuan === "" || entry.satuan === "") return;
          if (nameKey(ind.satuan) === nameKey(entry.satuan)) return;
          const what =
            entry.nomenklatur === "" ? ind.kodeNomenklatur : `${ind.kodeNomenklatur} ${entry.nomenklatur}`;
          out.add(sheet, ind.row, satuanCol, ind.kode, OTHER_SATUAN[out.lang](ind, what, entry.satuan));
        };
      },
    };
  },
};
