import { a1, columnLetters } from "../a1";
import type { CapaianNode } from "../capaian/capaianTree";
import { predikatLabel } from "../capaian/predikat";
import type { Model } from "../model/buildModel";
import type { Indicator, NumberCell } from "../model/indicator";
import type { Lang } from "../messages";
import {
  capaianFormula,
  childMeanFormula,
  numberFormula,
  predikatFormula,
  realisasiFormula,
  sourceCells,
} from "./capaianFormulas";
import { capaianOrder } from "./capaianOrder";
import type { FormulaValue, PlanValue } from "./types";

/** Columns of the Capaian table (0-based); TW1…TW4 follow MEAN when present. */
export const CAPAIAN_COL = {
  no: 0,
  kode: 1,
  uraian: 2,
  indikator: 3,
  satuan: 4,
  target: 5,
  realisasi: 6,
  capaian: 7,
  predikat: 8,
  mean: 9,
  tw1: 10,
} as const;

export interface CapaianBody {
  /** Rows from `firstRow` on: a label row per level, then its indicators. */
  readonly rows: PlanValue[][];
  /** 0-based sheet rows of the level labels. */
  readonly labelRows: number[];
}

/**
 * The body of the Capaian table: level label rows and one row per indicator whose Target,
 * Realisasi, Capaian, Predikat, children's mean and quarters are formulas, each carrying the
 * core's value as its result: the formulas and the core read the same cells as numbers (a
 * number stored as text is none for either), so the results hold after recalculation.
 * @param model the workbook model
 * @param year the year reported
 * @param lang the language of the predikat labels
 * @param tree the core's capaian of every indicator for the year
 * @param firstRow the 0-based sheet row of the first body row
 * @param quarters whether the table has TW1…TW4 columns
 * @returns the rows and where the level labels are
 * @example capaianBody(model, 2025, "id", capaianTree(model, 2025), 6, false).rows[0] // ["Tujuan RPD"]
 */
export function capaianBody(
  model: Model,
  year: number,
  lang: Lang,
  tree: ReadonlyMap<Indicator, CapaianNode>,
  firstRow: number,
  quarters: boolean,
): CapaianBody {
  const order = capaianOrder(model)
    .map((inds, level) => ({ level, inds }))
    .filter((l) => l.inds.length > 0);
  const rowOf = new Map<Indicator, number>();
  let r = firstRow;
  for (const { inds } of order) {
    r++; // the level label
    for (const ind of inds) rowOf.set(ind, r++);
  }
  const C = CAPAIAN_COL;
  const at = (row: number, col: number) => a1(row, col);
  const rows: PlanValue[][] = [];
  const labelRows: number[] = [];
  for (const { level, inds } of order) {
    labelRows.push(firstRow + rows.length);
    rows.push([model.levels[level]!.name]);
    inds.forEach((ind, i) => {
      const row = rowOf.get(ind)!;
      const node = tree.get(ind);
      const own = node?.own ?? {};
      const cells = sourceCells(model, ind, year);
      const out: PlanValue[] = [i + 1, ind.kode, ind.uraian, ind.indikator, ind.satuan];
      out[C.target] = cells.target ? fx(numberFormula(cells.target), own.target ?? "") : null;
      const realisasi = realisasiFormula(cells, ind.sifat);
      out[C.realisasi] = realisasi ? fx(realisasi, own.realisasi ?? "") : null;
      const t = at(row, C.target);
      const g = at(row, C.realisasi);
      const c = at(row, C.capaian);
      out[C.capaian] = fx(
        capaianFormula(t, g, ind.polaritas, model.settings.rumusNegatif),
        own.capaian ?? "",
      );
      const label = own.predikat ? predikatLabel(own.predikat, lang) : "";
      out[C.predikat] = fx(predikatFormula(c, lang), label);
      out[C.mean] = ind.children.length > 0 ? meanCell(ind, rowOf, node) : null;
      if (quarters) {
        cells.quarters.forEach((q, k) => {
          out[C.tw1 + k] = q ? fx(numberFormula(q), numericOr(ind.quarters.get(year)?.[k])) : null;
        });
      }
      rows.push(out);
    });
  }
  return { rows, labelRows };
}

function meanCell(ind: Indicator, rowOf: ReadonlyMap<Indicator, number>, node?: CapaianNode): PlanValue {
  const rows = ind.children.map((ch) => rowOf.get(ch)!).sort((a, b) => a - b);
  const col = columnLetters(CAPAIAN_COL.capaian);
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const range =
    last - first + 1 === rows.length
      ? `${col}${first + 1}:${col}${last + 1}`
      : rows.map((r) => `${col}${r + 1}`).join(",");
  return fx(childMeanFormula(range), node?.childMean ?? "");
}

function numericOr(cell: NumberCell | undefined): string | number {
  return cell?.state === "number" && cell.value !== undefined ? cell.value : "";
}

function fx(formula: string, result: string | number): FormulaValue {
  return { formula, result };
}
