import type { CrossRule } from "./types";

/**
 * POKIN044 (warning), with `--rpd`: a Tujuan RPD indicator that no OPD supports, i.e. no OPD
 * workbook of the batch has an indicator of level 2 whose Kode Induk is its Kode.
 */
export const pokin044: CrossRule = {
  id: "POKIN044",
  severity: "warning",
  *check(batch) {
    const { rpd } = batch;
    if (!rpd) return;
    const supported = new Set(batch.opds.flatMap((o) => o.supported));
    for (const row of rpd.level1) {
      if (supported.has(row.kode)) continue;
      yield {
        file: rpd.file,
        sheet: row.sheet,
        row: row.row,
        col: row.col,
        kode: row.kode,
        message: {
          id: `[${row.kode}] Tidak ada OPD dalam gabungan yang mendukung indikator RPD ini (tidak ada Tujuan OPD dengan Kode Induk ${row.kode}).`,
          en: `[${row.kode}] No OPD of the batch supports this RPD indicator (no Tujuan OPD has Kode Induk ${row.kode}).`,
        },
      };
    }
  },
};
