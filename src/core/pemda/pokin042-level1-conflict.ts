import type { Msg } from "../messages";
import { isPercentUnit } from "../values/sifat";
import { foldText } from "./fold";
import type { CrossHit, CrossRule, Level1Row, OpdFile } from "./types";

interface Held {
  readonly opd: OpdFile;
  readonly row: Level1Row;
}

/**
 * POKIN042 (error): a level-1 Kode appears in two OPD workbooks (or in the RPD workbook and
 * an OPD's) with a different Uraian, Indikator, Satuan or target (texts folded; targets
 * compared for the years both give), reported at the first cell that differs. The RPD's row
 * is the reference when there is one; among OPD rows, the rows in conflict with the most
 * others are reported (both sides when two disagree: nothing says which is right).
 */
export const pokin042: CrossRule = {
  id: "POKIN042",
  severity: "error",
  *check(batch) {
    const byKode = new Map<string, Held[]>();
    const files = batch.rpd ? [batch.rpd, ...batch.opds] : batch.opds;
    for (const opd of files) {
      for (const row of opd.level1) byKode.set(row.kode, [...(byKode.get(row.kode) ?? []), { opd, row }]);
    }
    for (const held of byKode.values()) {
      if (held.length < 2) continue;
      let rest = held;
      const rpd = batch.rpd !== undefined && held[0]!.opd === batch.rpd ? held[0] : undefined;
      if (rpd) {
        // The RPD is the reference: each row that differs from it is wrong.
        rest = [];
        for (const h of held.slice(1)) {
          const diff = difference(h.row, rpd.row);
          if (diff) yield hit(h, rpd, diff);
          else rest.push(h);
        }
      }
      // Among the OPDs: the rows in conflict with the most others (both, when two disagree).
      const conflicts = rest.map((a) => rest.filter((b) => difference(a.row, b.row)));
      const most = Math.max(0, ...conflicts.map((c) => c.length));
      if (most === 0) continue;
      for (const [i, h] of rest.entries()) {
        const other = conflicts[i]![0];
        if (conflicts[i]!.length === most && other) yield hit(h, other, difference(h.row, other.row)!);
      }
    }
  },
};

interface Difference {
  readonly col: number;
  readonly what: Msg;
}

/** The first field in which `a` differs from `b`, or undefined when they agree. */
function difference(a: Level1Row, b: Level1Row): Difference | undefined {
  const texts: ["uraian" | "indikator" | "satuan", (r: Level1Row) => string][] = [
    ["uraian", (r) => foldText(r.uraian)],
    ["indikator", (r) => foldText(r.indikator)],
    ["satuan", (r) => (isPercentUnit(r.satuan) ? "%" : foldText(r.satuan))],
  ];
  for (const [field, key] of texts) {
    if (key(a) !== key(b)) {
      const label = { uraian: "Uraian", indikator: "Indikator", satuan: "Satuan" }[field];
      return {
        col: a.cols[field] ?? a.col,
        what: { id: `${label} '${b[field]}'`, en: `${label} '${b[field]}'` },
      };
    }
  }
  const other = new Map(b.targets.map(([y, v]) => [y, v]));
  for (const [year, value, col] of a.targets) {
    const v = other.get(year);
    if (v !== undefined && v !== value) {
      return { col, what: { id: `Target ${year} ${v}`, en: `Target ${year} ${v}` } };
    }
  }
  return undefined;
}

function hit(h: Held, reference: Held, diff: Difference): CrossHit {
  const { row } = h;
  return {
    file: h.opd.file,
    sheet: row.sheet,
    row: row.row,
    col: diff.col,
    kode: row.kode,
    message: {
      id: `[${row.kode}] Kode level 1 ini berbeda dari '${reference.opd.file}', yang memuat ${diff.what.id}.`,
      en: `[${row.kode}] This level-1 Kode differs from '${reference.opd.file}', which has ${diff.what.en}.`,
    },
  };
}
