import type { CrossRule } from "./types";

/**
 * POKIN043 (error), with `--rpd`: an OPD's level-1 Kode is not in the RPD workbook, so its
 * tree hangs from a goal the RPD does not have.
 */
export const pokin043: CrossRule = {
  id: "POKIN043",
  severity: "error",
  *check(batch) {
    const { rpd } = batch;
    if (!rpd) return;
    const kodes = new Set(rpd.level1.map((r) => r.kode));
    for (const opd of batch.opds) {
      for (const row of opd.level1) {
        if (kodes.has(row.kode)) continue;
        yield {
          file: opd.file,
          sheet: row.sheet,
          row: row.row,
          col: row.col,
          kode: row.kode,
          message: {
            id: `[${row.kode}] Kode level 1 ini tidak ada di RPD ('${rpd.file}').`,
            en: `[${row.kode}] This level-1 Kode is not in the RPD ('${rpd.file}').`,
          },
        };
      }
    }
  },
};
