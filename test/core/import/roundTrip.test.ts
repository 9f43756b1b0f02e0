import fc from "fast-check";
import { previewImport } from "../../../src/core/import";
import { buildModel } from "../../../src/core/model/buildModel";
import { cascadingPlan } from "../../../src/core/plans/cascadingPlan";
import type { RangeRef, SheetPlan } from "../../../src/core/plans/types";
import type { SheetData, WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook, LEVELS, levelSheet, settingsSheet, type RowSpec } from "../../helpers/workbook";

/** The values a plan writes, as a sheet reads back (formulas as their result), and its merges. */
function sheetOf(plan: SheetPlan): { sheet: SheetData; merges: RangeRef[] } {
  const values: unknown[][] = [];
  for (const b of plan.blocks ?? []) {
    b.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const line = (values[b.row + r] ??= []);
        line[b.col + c] = v !== null && typeof v === "object" ? (v.result ?? null) : v;
      }),
    );
  }
  for (let r = 0; r < values.length; r++) values[r] = Array.from(values[r] ?? [], (v) => v ?? null);
  return { sheet: { name: plan.name, values }, merges: [...(plan.merges ?? [])] };
}

/** The tree as the Cascading sheet shows it: per level, Kode, Kode Induk, Uraian, Indikator, Satuan, Target. */
function treeOf(workbook: WorkbookData, year: number): string[][][] {
  const model = buildModel(workbook);
  return model.levels.map((l) =>
    l.indicators.map((i) => [
      i.kode,
      i.kodeInduk,
      i.uraian,
      i.indikator,
      i.satuan,
      String(i.targets.get(year)?.value ?? ""),
    ]),
  );
}

function importCascading(workbook: WorkbookData, year: number): string[][][] {
  const plan = cascadingPlan(buildModel(workbook), year, "id", new Date(2025, 0, 1));
  const { sheet, merges } = sheetOf(plan);
  const withSheet = { sheets: [...workbook.sheets, sheet] };
  const p = previewImport(withSheet, "Cascading", { merges, now: new Date(2025, 0, 1) });
  expect(p.problem).toBeUndefined();
  return p.content.levels.map((l) =>
    l.rows.map((r) => [
      r.kode,
      r.kodeInduk ?? "",
      r.uraian,
      r.indikator,
      r.satuan,
      String(r.targets?.[year] ?? ""),
    ]),
  );
}

describe("previewImport(the Cascading sheet that pokin build writes)", () => {
  test("gives back the same tree: Kode, Kode Induk, Uraian, Indikator, Satuan and the report-year target", () => {
    const workbook = cleanWorkbook();
    expect(importCascading(workbook, 2026)).toEqual(treeOf(workbook, 2026));
  });

  test("gives back the same tree without merged areas (values pasted: 'same as above')", () => {
    const workbook = cleanWorkbook();
    const plan = cascadingPlan(buildModel(workbook), 2025, "id", new Date(2025, 0, 1));
    const { sheet } = sheetOf(plan);
    const p = previewImport({ sheets: [...workbook.sheets, sheet] }, "Cascading", {
      now: new Date(2025, 0, 1),
    });
    expect(p.content.levels.map((l) => l.rows.map((r) => [r.kode, r.kodeInduk ?? ""]))).toEqual(
      treeOf(workbook, 2025).map((l) => l.map((r) => [r[0], r[1]])),
    );
  });

  const WORDS = [
    "Meningkatnya",
    "layanan",
    "sosial",
    "anak",
    "perempuan",
    "kualitas",
    "data",
    "rehabilitasi",
  ];
  const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));
  const node = fc.record({
    uraian: text,
    indicators: fc.array(
      fc.record({
        indikator: text,
        satuan: fc.constantFrom("%", "orang", "dokumen"),
        target: fc.integer({ min: 0, max: 500 }),
      }),
      { minLength: 1, maxLength: 2 },
    ),
    children: fc.integer({ min: 0, max: 2 }),
  });

  test("any tree our Cascading writer writes imports back identically", () => {
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 25 }), (nodes) => {
        const levels: RowSpec[][] = LEVELS.map(() => []);
        // Breadth-first: each generated node becomes the next child slot of the tree.
        let cursor = 0;
        const grow = (level: number, induk: string, prefix: string, count: number) => {
          for (let k = 1; k <= count && cursor < nodes.length; k++) {
            const n = nodes[cursor++]!;
            n.indicators.forEach((ind, j) => {
              const kode = `${prefix}${k}${j > 0 ? `-${j}` : ""}`;
              levels[level]!.push({
                kode,
                induk,
                uraian: n.uraian,
                indikator: ind.indikator,
                satuan: ind.satuan,
                targets: { 2025: ind.target },
              });
              if (j === 0 && level < LEVELS.length - 1) grow(level + 1, kode, `${kode}.`, n.children);
            });
          }
        };
        grow(0, "", "", 3);
        const workbook = {
          sheets: [
            settingsSheet([
              ["Tahun Awal", 2025],
              ["Tahun Akhir", 2025],
            ]),
            ...LEVELS.map((name, i) => levelSheet(name, levels[i]!)),
          ],
        };
        expect(importCascading(workbook, 2025)).toEqual(treeOf(workbook, 2025));
      }),
      { numRuns: 60 },
    );
  });
});
