import { a1, sheetRef } from "../a1";
import { PREDIKAT_BANDS } from "../capaian/predikat";
import type { Model } from "../model/buildModel";
import type { Indicator } from "../model/indicator";
import type { RumusNegatif } from "../model/settings";
import { formatAt } from "../sheet";
import type { Lang } from "../messages";
import { isPercentFormat } from "../values/number";
import { isPercentUnit } from "../values/sifat";

/*
 * The formulas of the `Capaian YYYY` sheet. They must recalculate the same in Excel 2016+,
 * Excel on the web and LibreOffice Calc: only IF, OR, NOT, ISNUMBER, COUNT, SUM, AVERAGE and
 * ROUND (no IFS, LET or dynamic arrays). They are built from sheet names (quoted by sheetRef)
 * and addresses only, never from cell text. They read a cell as a number exactly when it holds
 * one (ISNUMBER; SUM and COUNT skip text), as the core does: a number stored as text gives no
 * capaian in either, and POKIN013 says so (SPEC §7, refinements).
 */

/** A level-sheet cell as a formula operand. */
export interface Operand {
  readonly ref: string;
  /** The core reads this cell ×100 (a %-formatted number of a % indicator, SPEC §3.2). */
  readonly scaled: boolean;
}

/** The level-sheet cells a Capaian row reads for one indicator and year. */
export interface SourceCells {
  readonly target?: Operand;
  readonly realisasi?: Operand;
  /** TW1…TW4, undefined where the level sheet has no such column. */
  readonly quarters: readonly (Operand | undefined)[];
}

/**
 * Finds the level-sheet cells of an indicator's target, realisasi and quarters in a year.
 * @param model the model (for the level sheet's number formats)
 * @param ind the indicator
 * @param year the year
 * @returns the operands, quoted for formulas
 * @example sourceCells(model, ind, 2025).target?.ref // "'Sub Kegiatan'!J5"
 */
export function sourceCells(model: Model, ind: Indicator, year: number): SourceCells {
  const sheet = model.levels[ind.level]?.sheet;
  const percent = isPercentUnit(ind.satuan);
  const operand = (col: number | undefined): Operand | undefined =>
    col === undefined
      ? undefined
      : {
          ref: sheetRef(ind.sheet, a1(ind.row, col)),
          scaled: percent && sheet !== undefined && isPercentFormat(formatAt(sheet, ind.row, col)),
        };
  return {
    target: operand(ind.targets.get(year)?.col),
    realisasi: operand(ind.realisasi.get(year)?.col),
    quarters: [0, 1, 2, 3].map((q) => operand(ind.quarters.get(year)?.[q]?.col)),
  };
}

const value = (o: Operand): string => (o.scaled ? `${o.ref}*100` : o.ref);

/**
 * The cell when it holds a number, else empty: a bare reference would show 0 for a blank cell.
 * @example numberFormula({ ref: "'Program'!J5", scaled: false }) // =IF(ISNUMBER('Program'!J5),'Program'!J5,"")
 */
export function numberFormula(o: Operand): string {
  return `=IF(ISNUMBER(${o.ref}),${value(o)},"")`;
}

/**
 * The year's realisasi (SPEC §4): `Realisasi YYYY` when it holds a number, else the quarters
 * by Sifat — Kumulatif: SUM of the numbers, Akhir: the last number (nested IFs from TW4 down).
 * @returns the formula, or undefined when the sheet has none of these columns
 * @example realisasiFormula({ quarters: [tw1, undefined, tw3, undefined] }, "Akhir") // =IF(ISNUMBER(TW3),TW3,IF(ISNUMBER(TW1),TW1,""))
 */
export function realisasiFormula(cells: SourceCells, sifat: "Kumulatif" | "Akhir"): string | undefined {
  const given = cells.quarters.filter((q): q is Operand => q !== undefined);
  let fromQuarters: string | undefined;
  if (given.length > 0 && sifat === "Akhir") {
    fromQuarters = given.reduce((inner, q) => `IF(ISNUMBER(${q.ref}),${value(q)},${inner})`, '""');
  } else if (given.length > 0) {
    const refs = given.map((q) => q.ref).join(",");
    const terms = given.map((q) => (q.scaled ? `IF(ISNUMBER(${q.ref}),${q.ref}*100,0)` : q.ref)).join(",");
    fromQuarters = `IF(COUNT(${refs})=0,"",SUM(${terms}))`;
  }
  const direct = cells.realisasi;
  if (direct) return `=IF(ISNUMBER(${direct.ref}),${value(direct)},${fromQuarters ?? '""'})`;
  return fromQuarters === undefined ? undefined : `=${fromQuarters}`;
}

/**
 * The capaian of a row from its Target and Realisasi cells (SPEC §4), rounded to two decimals;
 * empty when either is not a number, the target is 0, or (Rasio) the realisasi is 0.
 * @example capaianFormula("F7", "G7", "Positif", "Standar") // =IF(OR(NOT(ISNUMBER(F7)),…),"",IF(F7=0,"",ROUND(G7/F7*100,2)))
 */
export function capaianFormula(
  t: string,
  r: string,
  polaritas: "Positif" | "Negatif",
  rumus: RumusNegatif,
): string {
  const guard = `OR(NOT(ISNUMBER(${t})),NOT(ISNUMBER(${r})))`;
  if (polaritas === "Negatif" && rumus === "Rasio") {
    return `=IF(${guard},"",IF(OR(${t}=0,${r}=0),"",ROUND(${t}/${r}*100,2)))`;
  }
  const ratio = polaritas === "Negatif" ? `(2-${r}/${t})*100` : `${r}/${t}*100`;
  return `=IF(${guard},"",IF(${t}=0,"",ROUND(${ratio},2)))`;
}

/**
 * The predikat of a Capaian cell with nested IFs over the bands of SPEC §4 (c > 90, > 75, …).
 * @example predikatFormula("H7", "id") // =IF(ISNUMBER(H7),IF(H7>90,"Sangat Tinggi",…),"")
 */
export function predikatFormula(c: string, lang: Lang): string {
  const nested = PREDIKAT_BANDS.reduceRight(
    (inner, band) =>
      band.above === undefined
        ? `"${band.label[lang]}"`
        : `IF(${c}>${band.above},"${band.label[lang]}",${inner})`,
    '""',
  );
  return `=IF(ISNUMBER(${c}),${nested},"")`;
}

/**
 * The mean of the children's Capaian cells that hold a number, rounded to two decimals.
 * @param range the children's Capaian cells, e.g. "H20:H25"
 * @example childMeanFormula("H20:H25") // =IF(COUNT(H20:H25)=0,"",ROUND(AVERAGE(H20:H25),2))
 */
export function childMeanFormula(range: string): string {
  return `=IF(COUNT(${range})=0,"",ROUND(AVERAGE(${range}),2))`;
}
