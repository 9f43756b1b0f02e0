import { isNumeric, quartersRealisasi } from "../capaian/realisasi";
import { round2 } from "../capaian/round2";
import { kodeLabel, numberText } from "./cells";
import type { Rule } from "./types";

const QUARTER = ["TW1", "TW2", "TW3", "TW4"];

/**
 * POKIN026 (warning): `Realisasi YYYY` differs from what its quarters give under the
 * indicator's Sifat (SPEC §3.2, §4): the sum of the quarters holding a number for Kumulatif
 * (the default), the last of them for Akhir. Compared at two decimals, as capaian is shown.
 * Only when both the year and at least one quarter hold a number; reported at the
 * `Realisasi YYYY` cell, which is the one the capaian is computed from.
 */
export const pokin026: Rule = {
  id: "POKIN026",
  severity: "warning",
  *check(model) {
    for (const level of model.levels) {
      if (!level.sheet || level.columns?.quarters.size === 0) continue;
      for (const ind of level.indicators) {
        for (const [year, cell] of ind.realisasi) {
          if (!isNumeric(cell)) continue;
          const quarters = quartersRealisasi(ind, year);
          if (!quarters || round2(quarters.value) === round2(cell.value)) continue;
          const q = ind.quarters.get(year) ?? [];
          // Cells are made on each read: find the quarter by its column, not by identity.
          const which = quarters.cells
            .map((c) => QUARTER[q.findIndex((x) => x?.col === c.col)] ?? "")
            .join(" + ");
          const yearText = numberText(cell.value);
          const sumText = numberText(quarters.value);
          const kumulatif = ind.sifat === "Kumulatif";
          yield {
            sheet: ind.sheet,
            row: ind.row,
            col: cell.col,
            kode: ind.kode,
            message: {
              id: `${kodeLabel(ind)} Realisasi ${year} (${yearText.id}) berbeda dari ${kumulatif ? "jumlah triwulannya" : "triwulan terakhirnya"} (${which} = ${sumText.id}) menurut Sifat ${ind.sifat}.`,
              en: `${kodeLabel(ind)} Realisasi ${year} (${yearText.en}) differs from ${kumulatif ? "the sum of its quarters" : "its last quarter"} (${which} = ${sumText.en}) under Sifat ${ind.sifat}.`,
            },
          };
        }
      }
    }
  },
};
