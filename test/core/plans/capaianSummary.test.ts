import { capaianTree } from "../../../src/core/capaian/capaianTree";
import { PREDIKAT_BANDS } from "../../../src/core/capaian/predikat";
import { buildModel, type Model } from "../../../src/core/model/buildModel";
import { CAPAIAN_HEADER_ROW, capaianPlan } from "../../../src/core/plans/capaianPlan";
import { HEADER_LOOK, PREDIKAT_COLORS } from "../../../src/core/plans/capaianStyle";
import type { CellBlock, FormulaValue, PlanValue, SheetPlan } from "../../../src/core/plans/types";
import { settingsSheet } from "../../helpers/workbook";
import { sheetOf, twoLevels } from "../capaian/build";

const DATE = new Date(2025, 0, 31);
const FIRST = CAPAIAN_HEADER_ROW + 1;

/** A (90 Tinggi) with A1 (90.01), A2 (no realisasi); B (Negatif, 120) with B1 (50). */
function sample(): Model {
  return twoLevels(
    [
      { kode: "A", targets: { 2025: 100 }, realisasi: { 2025: 90 } },
      { kode: "B", polaritas: "Negatif", targets: { 2025: 10 }, realisasi: { 2025: 8 } },
    ],
    [
      { kode: "B1", induk: "B", targets: { 2025: 100 }, realisasi: { 2025: 50 } },
      { kode: "A1", induk: "A", targets: { 2025: 100 }, realisasi: { 2025: 90.01 } },
      { kode: "A2", induk: "A", targets: { 2025: 100 } },
    ],
  );
}

/** The summary's blocks: those below the table body. */
function summaryBlocks(plan: SheetPlan): CellBlock[] {
  return plan.blocks!.filter((b) => b.row > FIRST);
}

/** The level and total rows as [name, ...counts], formulas shown as their result. */
function results(plan: SheetPlan): unknown[][] {
  const rows = summaryBlocks(plan)[2]!.values;
  return rows.map((row) => [
    row[0],
    ...row.slice(4).map((v) => (typeof v === "object" && v !== null ? (v.result ?? "?") : v)),
  ]);
}

describe("capaianPlan: the Ringkasan Predikat block below the table", () => {
  test("counts each level's predikat with COUNTIF over its Predikat cells, after a blank row", () => {
    const plan = capaianPlan(sample(), 2025, "id", DATE);
    // Body: Induk label (row 7), A, B (8–9), Anak label (10), A1, A2, B1 (11–13); blank row 14.
    const c = (k: number, r: number, label: string) => ({
      formula: `=COUNTIF(I${r}:I${r + k},"${label}")`,
    });
    const [title, header, rows] = summaryBlocks(plan);
    const strip = (v: PlanValue) => (typeof v === "object" && v !== null ? { formula: v.formula } : v);
    expect([title, header, { ...rows!, values: rows!.values.map((row) => row.map(strip)) }]).toEqual([
      { row: 14, col: 0, values: [["Ringkasan Predikat"]] },
      {
        row: 15,
        col: 0,
        values: [
          [
            "Level",
            null,
            null,
            null,
            "Sangat Tinggi",
            "Tinggi",
            "Sedang",
            "Rendah",
            "Sangat Rendah",
            "Tanpa capaian",
            "Jumlah",
          ],
        ],
      },
      {
        row: 16,
        col: 0,
        values: [
          [
            "Induk",
            null,
            null,
            null,
            ...PREDIKAT_BANDS.map((b) => c(1, 8, b.label.id)),
            { formula: "=ROWS(H8:H9)-COUNT(H8:H9)" },
            { formula: "=SUM(E17:J17)" },
          ],
          [
            "Anak",
            null,
            null,
            null,
            ...PREDIKAT_BANDS.map((b) => c(2, 11, b.label.id)),
            { formula: "=ROWS(H11:H13)-COUNT(H11:H13)" },
            { formula: "=SUM(E18:J18)" },
          ],
          [
            "Jumlah",
            null,
            null,
            null,
            ..."EFGHIJK".split("").map((x) => ({ formula: `=SUM(${x}17:${x}18)` })),
          ],
        ],
      },
    ]);
    expect(results(plan)).toEqual([
      ["Induk", 1, 1, 0, 0, 0, 0, 2],
      ["Anak", 1, 0, 0, 0, 1, 1, 3],
      ["Jumlah", 2, 1, 0, 0, 1, 1, 5],
    ]);
  });

  test("every count's result is the number of the level's indicators the core puts in that band", () => {
    const model = sample();
    const tree = capaianTree(model, 2025);
    const want = model.levels.map((level) => {
      const own = level.indicators.map((ind) => tree.get(ind)!.own.predikat);
      const counts = [...PREDIKAT_BANDS.map((b) => b.predikat), undefined].map(
        (p) => own.filter((q) => q === p).length,
      );
      return [level.name, ...counts, own.length];
    });
    expect(results(capaianPlan(model, 2025, "en", DATE)).slice(0, -1)).toEqual(want);
  });

  test("in English the COUNTIF criteria are the English predikat the table's formulas write", () => {
    const plan = capaianPlan(sample(), 2025, "en", DATE);
    const [title, header, rows] = summaryBlocks(plan);
    expect([title!.values, header!.values[0]!.slice(4), rows!.values[2]![0]]).toEqual([
      [["Predikat summary"]],
      ["Very High", "High", "Medium", "Low", "Very Low", "No achievement", "Total"],
      "Total",
    ]);
    expect((rows!.values[0]![8] as FormulaValue).formula).toBe('=COUNTIF(I8:I9,"Very Low")');
  });

  test("a level without indicators gets zeros, and the next level's ranges skip its missing label row", () => {
    const model = buildModel({
      sheets: [
        settingsSheet([
          ["Level 1", "Atas"],
          ["Level 2", "Tengah"],
          ["Level 3", "Bawah"],
        ]),
        sheetOf("Atas", [{ kode: "X", targets: { 2025: 10 }, realisasi: { 2025: 6 } }]),
        sheetOf("Tengah", []),
        sheetOf("Bawah", [{ kode: "Y", targets: { 2025: 10 }, realisasi: { 2025: 10 } }]),
      ],
    });
    const plan = capaianPlan(model, 2025, "id", DATE);
    // Body: Atas label (7), X (8), Bawah label (9), Y (10); blank 11; title 12; header 13.
    const rows = summaryBlocks(plan)[2]!.values;
    expect([
      (rows[0]![8] as FormulaValue).formula,
      rows[1]!.slice(4),
      (rows[2]![4] as FormulaValue).formula,
    ]).toEqual([
      '=COUNTIF(I8:I8,"Sangat Rendah")',
      [0, 0, 0, 0, 0, 0, { formula: "=SUM(E15:J15)", result: 0 }],
      '=COUNTIF(I10:I10,"Sangat Tinggi")',
    ]);
    expect(results(plan)).toEqual([
      ["Atas", 0, 0, 0, 1, 0, 0, 1],
      ["Tengah", 0, 0, 0, 0, 0, 0, 0],
      ["Bawah", 1, 0, 0, 0, 0, 0, 1],
      ["Jumlah", 1, 0, 0, 1, 0, 0, 2],
    ]);
  });

  test("a number stored as text counts as an indicator without capaian, in the core as in the formulas", () => {
    const model = twoLevels(
      [{ kode: "T", targets: { 2025: "100" }, realisasi: { 2025: 50 } }],
      [{ kode: "U", induk: "T", targets: { 2025: 100 }, realisasi: { 2025: 80 } }],
    );
    expect(results(capaianPlan(model, 2025, "id", DATE))).toEqual([
      ["Induk", 0, 0, 0, 0, 0, 1, 1],
      ["Anak", 0, 1, 0, 0, 0, 0, 1],
      ["Jumlah", 0, 1, 0, 0, 0, 1, 2],
    ]);
  });

  test("the header looks like the table's (height too), predikat headers take the predikat colours, and names are merged over A:D", () => {
    const plan = capaianPlan(sample(), 2025, "id", DATE);
    const header = plan.formats!.filter((f) => f.range.row === 15 && f.fill !== undefined);
    expect(header).toEqual([
      { range: { row: 15, col: 0, cols: 11 }, ...HEADER_LOOK },
      ...PREDIKAT_BANDS.map((b, k) => ({ range: { row: 15, col: 4 + k }, ...PREDIKAT_COLORS[b.predikat] })),
    ]);
    expect(plan.formats).toContainEqual({
      range: { row: 15, col: 0, rows: 4, cols: 11 },
      border: { style: "thin", color: "#808080" },
      vAlign: "middle",
    });
    expect(plan.merges!.filter((m) => m.row >= 15)).toEqual(
      [15, 16, 17, 18].map((row) => ({ row, col: 0, cols: 4 })),
    );
    expect(plan.columnWidths!.map((w) => w.col)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // The title, the table's header (two lines or more), then, as no body text is long enough
    // to wrap, the summary's header.
    const heights = plan.rowHeights!;
    expect(heights.map((h) => h.row)).toEqual([1, CAPAIAN_HEADER_ROW, 15]);
    expect(heights[1]!.height).toBeGreaterThanOrEqual(32);
    expect(heights[2]).toEqual({ row: 15, height: 32 });
  });

  test("the summary's formulas use only COUNTIF, ROWS, COUNT and SUM", () => {
    const formulas = summaryBlocks(capaianPlan(sample(), 2025, "id", DATE))
      .flatMap((b) => b.values.flat())
      .filter((v): v is FormulaValue => typeof v === "object" && v !== null)
      .map((v) => v.formula);
    expect(formulas).toHaveLength(3 * 7);
    const functions = new Set(formulas.flatMap((x) => x.match(/[A-Z]+(?=\()/g) ?? []));
    expect([...functions].sort()).toEqual(["COUNT", "COUNTIF", "ROWS", "SUM"]);
  });

  test("a workbook without indicators gets no summary", () => {
    const plan = capaianPlan(twoLevels([], []), 2025, "id", DATE);
    expect([plan.blocks!.length, plan.merges, plan.columnWidths!.length]).toEqual([3, [], 10]);
  });
});
