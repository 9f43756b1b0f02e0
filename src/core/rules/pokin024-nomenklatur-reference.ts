import { findSheet } from "../model/buildModel";
import { cachedReference, findReference, REFERENCE_SHEET } from "../model/reference";
import { nameKey } from "../text";
import { fieldCol, kodeLabel } from "./cells";
import type { Rule } from "./types";

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
  *check(model) {
    const refSheet = findSheet(model.workbook, REFERENCE_SHEET);
    const level = model.levels[model.levels.length - 1];
    if (!refSheet || !level?.sheet || level.columns?.fields.kodeNomenklatur === undefined) return;
    const reference = cachedReference(refSheet);
    if (!reference) {
      yield {
        sheet: refSheet.name,
        row: 0,
        col: 0,
        message: {
          id: `Lembar '${refSheet.name}' tidak memiliki baris judul yang dikenali dalam 15 baris pertama (Kode, atau Urusan/Bidang/Program/Kegiatan/Sub Kegiatan, lalu Nomenklatur dan Satuan); Kode Nomenklatur tidak diperiksa.`,
          en: `Sheet '${refSheet.name}' has no recognisable header row in its first 15 rows (Kode, or Urusan/Bidang/Program/Kegiatan/Sub Kegiatan, then Nomenklatur and Satuan); Kode Nomenklatur is not checked.`,
        },
      };
      return;
    }
    const hasSatuan = level.columns.fields.satuan !== undefined;
    for (const ind of level.indicators) {
      if (ind.kodeNomenklatur === "") continue;
      const entry = findReference(reference, ind.kodeNomenklatur);
      if (!entry) {
        yield {
          sheet: level.sheet.name,
          row: ind.row,
          col: fieldCol(level, "kodeNomenklatur"),
          kode: ind.kode,
          message: {
            id: `${kodeLabel(ind)} Kode Nomenklatur '${ind.kodeNomenklatur}' tidak ada di lembar ${refSheet.name}.`,
            en: `${kodeLabel(ind)} Kode Nomenklatur '${ind.kodeNomenklatur}' is not in sheet ${refSheet.name}.`,
          },
        };
        continue;
      }
      if (!hasSatuan || ind.satuan === "" || entry.satuan === "") continue;
      if (nameKey(ind.satuan) === nameKey(entry.satuan)) continue;
      const what =
        entry.nomenklatur === "" ? ind.kodeNomenklatur : `${ind.kodeNomenklatur} ${entry.nomenklatur}`;
      yield {
        sheet: level.sheet.name,
        row: ind.row,
        col: fieldCol(level, "satuan"),
        kode: ind.kode,
        message: {
          id: `${kodeLabel(ind)} Satuan '${ind.satuan}' berbeda dari referensi untuk ${what}: '${entry.satuan}'.`,
          en: `${kodeLabel(ind)} Satuan '${ind.satuan}' differs from the reference for ${what}: '${entry.satuan}'.`,
        },
      };
    }
  },
};
