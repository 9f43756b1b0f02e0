import { namesOpd } from "./fold";
import type { CrossRule } from "./types";

/**
 * POKIN046 (warning): an indicator lists an OPD in Crosscutting, that OPD's workbook is in the
 * batch, and it has no indicator with the same Indikator text (folded). Names that match no
 * OPD of the batch (agencies outside it) are not judged.
 */
export const pokin046: CrossRule = {
  id: "POKIN046",
  severity: "warning",
  *check(batch) {
    const keys = new Map(batch.opds.map((o) => [o, new Set(o.indikatorKeys)]));
    for (const opd of batch.opds) {
      for (const row of opd.crosscutting) {
        for (const name of row.names) {
          const target = batch.opds.find((o) => o !== opd && namesOpd(name, o.perangkatDaerah));
          if (!target) continue;
          if (keys.get(target)!.has(row.indikator)) continue;
          yield {
            file: opd.file,
            sheet: row.sheet,
            row: row.row,
            col: row.col,
            kode: row.kode,
            message: {
              id: `[${row.kode}] Crosscutting menyebut '${name}', tetapi berkas '${target.file}' tidak memuat indikator yang sama.`,
              en: `[${row.kode}] Crosscutting names '${name}', but '${target.file}' has no indicator with the same Indikator.`,
            },
          };
        }
      }
    }
  },
};
