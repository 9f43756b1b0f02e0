import { columnLetters } from "../a1";
import { capaianOf } from "../capaian/capaianOf";
import { PREDIKAT_BANDS } from "../capaian/predikat";
import type { Model } from "../model/buildModel";
import type { Lang } from "../messages";
import { capaianOrder } from "./capaianOrder";
import { CAPAIAN_COL } from "./capaianRows";
import { HEADER_LOOK, PREDIKAT_COLORS } from "./capaianStyle";
import type { CellBlock, FormatPlan, FormulaValue, PlanValue, RangeRef } from "./types";

/** Level names take columns A:D (merged, as wide as the table's first four columns). */
const NAME_COLS = 4;
/** The five predikat, then Tanpa capaian, then Jumlah. */
const COUNT_COLS = PREDIKAT_BANDS.length + 2;
/** The last column of the summary (0-based); the plan must give it a width. */
export const SUMMARY_LAST_COL = NAME_COLS + COUNT_COLS - 1;

const TEXT = {
  id: { title: "Ringkasan Predikat", level: "Level", none: "Tanpa capaian", total: "Jumlah" },
  en: { title: "Predikat summary", level: "Level", none: "No achievement", total: "Total" },
} as const;

/** The summary's cells and looks, for the sheet plan to add to its own. */
export interface CapaianSummary {
  readonly blocks: CellBlock[];
  readonly formats: FormatPlan[];
  readonly merges: RangeRef[];
  readonly rowHeights: { row: number; height: number }[];
  /** The 0-based sheet row after its last (the total row). */
  readonly end: number;
}

/**
 * The "Ringkasan Predikat" block below the Capaian table: one row per level of Pengaturan and a
 * total row. Per predikat a COUNTIF over the level's Predikat cells; Tanpa capaian = the level's
 * rows minus the COUNT of its numeric Capaian cells (a formula's "" is not a number in every
 * engine, whereas COUNTBLANK's view of it is less certain); Jumlah = the row's sum. Each count
 * carries the core's own count (capaianOf) as its result, except on a level where a number
 * stored as text makes the spreadsheet disagree with the core (as in the table).
 * @param model the workbook model
 * @param year the year reported
 * @param lang the language of the texts and of the predikat the table's formulas write
 * @param labelRows 0-based sheet rows of the table's level labels: each level with indicators
 *   has one, followed by its indicators in capaianOrder (capaianBody)
 * @param top the 0-based sheet row of the block's title
 * @returns blocks, formats, merges, the header's height and the row after the block
 * @example capaianSummary(model, 2025, "id", [6, 9], 13).blocks[0]?.values // [["Ringkasan Predikat"]]
 */
export function capaianSummary(
  model: Model,
  year: number,
  lang: Lang,
  labelRows: readonly number[],
  top: number,
): CapaianSummary {
  const text = TEXT[lang];
  const col = (k: number) => columnLetters(NAME_COLS + k);
  const body = top + 2;
  const order = capaianOrder(model);
  const labels = [...labelRows];
  const counts: (number | undefined)[][] = [];

  const rows: PlanValue[][] = order.map((inds, level) => {
    const own = inds.map((ind) => capaianOf(ind, year, model.settings).predikat);
    const core = [...PREDIKAT_BANDS.map((b) => b.predikat), undefined].map(
      (p) => own.filter((q) => q === p).length,
    );
    counts.push([...core, inds.length]);
    const label = inds.length > 0 ? labels.shift() : undefined;
    const r = body + level + 1; // 1-based row of this summary row
    const jumlah = fx(`=SUM(${col(0)}${r}:${col(COUNT_COLS - 2)}${r})`, inds.length);
    // A level without indicators has nothing to count: plain zeros.
    if (label === undefined)
      return [model.levels[level]!.name, null, null, null, ...core.map(() => 0), jumlah];
    const range = (c: number) => {
      const x = columnLetters(c);
      return `${x}${label + 2}:${x}${label + 1 + inds.length}`;
    };
    const predikat = range(CAPAIAN_COL.predikat);
    const capaian = range(CAPAIAN_COL.capaian);
    return [
      model.levels[level]!.name,
      null,
      null,
      null,
      ...PREDIKAT_BANDS.map((b, k) => fx(`=COUNTIF(${predikat},"${b.label[lang]}")`, core[k])),
      fx(`=ROWS(${capaian})-COUNT(${capaian})`, core[PREDIKAT_BANDS.length]),
      jumlah,
    ];
  });

  const last = body + rows.length; // 1-based row of the last level row
  const totals = Array.from({ length: COUNT_COLS }, (_, k) => {
    const column = counts.map((c) => c[k]);
    const known = column.every((n) => n !== undefined);
    return fx(`=SUM(${col(k)}${body + 1}:${col(k)}${last})`, known ? sum(column) : undefined);
  });
  rows.push([text.total, null, null, null, ...totals]);

  const width = NAME_COLS + COUNT_COLS;
  const total = body + rows.length - 1;
  const header = [
    text.level,
    null,
    null,
    null,
    ...PREDIKAT_BANDS.map((b) => b.label[lang]),
    text.none,
    text.total,
  ];
  return {
    blocks: [
      { row: top, col: 0, values: [[text.title]] },
      { row: top + 1, col: 0, values: [header] },
      { row: body, col: 0, values: rows },
    ],
    formats: [
      { range: { row: top, col: 0 }, bold: true, fontSize: 12 },
      { range: { row: top + 1, col: 0, cols: width }, ...HEADER_LOOK },
      ...PREDIKAT_BANDS.map((b, k) => ({
        range: { row: top + 1, col: NAME_COLS + k },
        ...PREDIKAT_COLORS[b.predikat],
      })),
      { range: { row: top + 1, col: 0, rows: rows.length + 1, cols: width }, border: THIN, vAlign: "middle" },
      { range: { row: body, col: 0, rows: rows.length, cols: NAME_COLS }, wrap: true },
      { range: { row: body, col: NAME_COLS, rows: rows.length, cols: COUNT_COLS }, hAlign: "center" },
      { range: { row: total, col: 0, cols: width }, bold: true, fill: "#E8F5E9" },
    ],
    rowHeights: [{ row: top + 1, height: 32 }], // as the table's header: two lines of "Sangat Tinggi"
    merges: [top + 1, ...rows.map((_, i) => body + i)].map((row) => ({ row, col: 0, cols: NAME_COLS })),
    end: body + rows.length,
  };
}

const THIN = { style: "thin", color: "#808080" } as const;

function sum(values: readonly (number | undefined)[]): number {
  return values.reduce((a: number, n) => a + (n ?? 0), 0);
}

function fx(formula: string, result: number | undefined): FormulaValue {
  return result === undefined ? { formula } : { formula, result };
}
