import { rowMayHave } from "../model/yearCells";
import { cellText } from "../text";
import { layoutOf, looseCells, numberLabels, slotsByColumn } from "./numberSlots";
import type { Rule, Text } from "./types";

/** Who a cell belongs to: `[Kode]`, or the row of a row without Kode. */
const WHO: Text<[string | undefined, number]> = {
  id: (kode, row) => (kode !== undefined ? `[${kode}]` : `Baris ${row + 1}:`),
  en: (kode, row) => (kode !== undefined ? `[${kode}]` : `Row ${row + 1}:`),
};
const NOT_A_NUMBER: Text<[string, string, string]> = {
  id: (who, label, shown) => `${who} ${label} '${shown}' tidak dapat dibaca sebagai angka.`,
  en: (who, label, shown) => `${who} ${label} '${shown}' cannot be read as a number.`,
};

/**
 * POKIN012 (error): a Baseline, Target, Realisasi or quarter cell holds something that is no
 * number — text such as `tujuh puluh`, a TRUE/FALSE, a date. Checked on every row with content,
 * with or without a Kode, since a row without a Kode (POKIN003) still needs readable numbers once
 * it gets one. Excel error values are POKIN023's.
 */
export const pokin012: Rule = {
  id: "POKIN012",
  severity: "error",
  begin(_model, out) {
    const t = (kode: string | undefined, row: number, label: string, raw: unknown) =>
      NOT_A_NUMBER[out.lang](WHO[out.lang](kode, row), label, shorten(cellText(raw)));
    return {
      level(level) {
        const layout = layoutOf(level);
        if (!layout || !level.sheet) return undefined;
        const sheet = level.sheet.name;
        const labels = numberLabels(level);
        const label = (c: number) => labels.get(c) ?? "";
        for (const c of looseCells(level, "invalid"))
          out.add(sheet, c.row, c.col, undefined, t(undefined, c.row, label(c.col), c.raw));
        const order = slotsByColumn(layout);
        return (ind) => {
          if (!rowMayHave(ind, "invalid")) return; // most rows: no such cell, nothing to make
          for (const j of order) {
            if (ind.slotState(j) !== "invalid") continue;
            const c = ind.slotCell(j);
            out.add(sheet, ind.row, c.col, ind.kode, t(ind.kode, ind.row, label(c.col), c.raw));
          }
        };
      },
    };
  },
};

/** Keeps a long cell text readable inside a one-line message. */
function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
