import { BOXES_CUT, fitDiagram, LEVELS_CUT, TURNED } from "../../../src/core/layout/fitDiagram";
import { CELL_GAPS, CELL_METRICS } from "../../../src/core/layout/metrics";
import { buildModel } from "../../../src/core/model/buildModel";
import { DIAGRAM_ORIGIN, diagramCellsPlan, SHEET_LIMITS } from "../../../src/core/plans/diagramCellsPlan";
import { diagramShapesPlan, MAX_SHAPES, SHAPES_TO_CELLS } from "../../../src/core/plans/diagramShapesPlan";
import type { SheetPlan } from "../../../src/core/plans/types";
import { diagramSelection } from "../../../src/core/layout/diagramSelection";
import { bigWorkbookData } from "../../helpers/bigWorkbook";

const AT = new Date(2025, 0, 31, 9, 5);

/** The largest row and column any part of the plan touches. */
function extent(p: SheetPlan): { row: number; col: number } {
  let row = 0;
  let col = 0;
  const see = (r: number, c: number) => {
    row = Math.max(row, r);
    col = Math.max(col, c);
  };
  for (const b of p.blocks ?? [])
    see(b.row + b.values.length - 1, b.col + Math.max(...b.values.map((v) => v.length)) - 1);
  for (const r of [...(p.merges ?? []), ...(p.formats ?? []).map((f) => f.range)])
    see(r.row + (r.rows ?? 1) - 1, r.col + (r.cols ?? 1) - 1);
  for (const w of p.columnWidths ?? []) see(0, w.col);
  for (const h of p.rowHeights ?? []) see(h.row, 0);
  return { row, col };
}

describe("diagramCellsPlan on trees too big for one sheet (issue 11 §2)", () => {
  test.each([5000, 20000])(
    "%i indicators top-down: drawn left to right, inside Excel's grid, and it says so",
    (n) => {
      const model = buildModel(bigWorkbookData(n));
      const p = diagramCellsPlan(model, { orientation: "down", lang: "id", generatedAt: AT });
      const { row, col } = extent(p);
      expect(col).toBeLessThan(SHEET_LIMITS.columns);
      expect(row).toBeLessThan(SHEET_LIMITS.rows);
      expect(p.notices?.map((x) => x.code)).toEqual([TURNED]);
      expect(p.blocks).toContainEqual({ row: 2, col: 0, values: [[p.notices![0]!.id]] });
      expect(p.notices![0]!.id).toMatch(/terlalu lebar .* digambar dari kiri ke kanan\.$/);
      // every statement box is drawn: one merged Uraian section per box
      const uraian = (p.merges ?? []).filter((m) => m.row >= DIAGRAM_ORIGIN.row);
      expect(uraian.length).toBeGreaterThan(n / 2);
    },
  );

  test("a tree that fits is drawn as asked, with no notice", () => {
    const p = diagramCellsPlan(buildModel(bigWorkbookData(300)), {
      orientation: "down",
      lang: "en",
      generatedAt: AT,
    });
    expect(p.notices).toBeUndefined();
    expect((p.blocks ?? []).some((b) => b.row === 2)).toBe(false);
  });
});

describe("fitDiagram", () => {
  const roots = diagramSelection(buildModel(bigWorkbookData(2000)), {
    orientation: "down",
    lang: "id",
    generatedAt: AT,
  }).roots!;
  const full = fitDiagram(roots, CELL_METRICS, "down", CELL_GAPS, { width: 1e9, height: 1e9 }).layout;
  const turned = fitDiagram(roots, CELL_METRICS, "right", CELL_GAPS, { width: 1e9, height: 1e9 }).layout;

  test("keeps the asked orientation when it fits, turns when only the other fits", () => {
    expect(
      fitDiagram(roots, CELL_METRICS, "down", CELL_GAPS, { width: full.width, height: full.height }).adapted,
    ).toBeUndefined();
    const fitted = fitDiagram(roots, CELL_METRICS, "down", CELL_GAPS, { width: full.width - 1, height: 1e9 });
    expect([fitted.adapted?.code, fitted.layout.orientation, fitted.layout.boxes.length]).toEqual([
      TURNED,
      "right",
      full.boxes.length,
    ]);
  });

  test("drops the deepest levels when neither orientation fits", () => {
    const limits = { width: full.width - 1, height: turned.height - 1 };
    const fitted = fitDiagram(roots, CELL_METRICS, "down", CELL_GAPS, limits);
    expect(fitted.adapted?.code).toBe(LEVELS_CUT);
    expect(fitted.layout.width).toBeLessThanOrEqual(limits.width);
    expect(fitted.layout.height).toBeLessThanOrEqual(limits.height);
    const levels = new Set(fitted.layout.boxes.map((b) => b.box.level));
    expect(fitted.adapted?.en).toContain(`only its top ${levels.size} levels`);
    expect(Math.max(...levels)).toBeLessThan(4);
  });

  test("as a last resort draws only the top boxes that fit, never a box past the limits", () => {
    const limits = { width: 40, height: 30 };
    const fitted = fitDiagram(roots, CELL_METRICS, "down", CELL_GAPS, limits);
    expect(fitted.adapted?.code).toBe(BOXES_CUT);
    expect(fitted.layout.boxes.length).toBeGreaterThan(0);
    for (const b of fitted.layout.boxes) {
      expect(b.x + b.width).toBeLessThanOrEqual(limits.width);
      expect(b.y + b.height).toBeLessThanOrEqual(limits.height);
      expect(b.box.level).toBe(0);
    }
  });
});

describe("diagramShapesPlan on a tree with more boxes than shapes can carry", () => {
  test("draws it in cells instead, saying why on the sheet and in the notices", () => {
    const model = buildModel(bigWorkbookData(5000));
    const p = diagramShapesPlan(model, { orientation: "down", lang: "en", generatedAt: AT });
    expect(p.shapes).toBeUndefined();
    expect(p.notices?.map((x) => x.code)).toEqual([SHAPES_TO_CELLS, TURNED]);
    const line = (p.blocks ?? []).find((b) => b.row === 2)?.values[0]?.[0];
    expect(line).toBe(p.notices!.map((x) => x.en).join(" "));
    expect(extent(p).col).toBeLessThan(SHEET_LIMITS.columns);
  });

  test("keeps shapes for a tree under the limit", () => {
    const p = diagramShapesPlan(buildModel(bigWorkbookData(300)), {
      orientation: "down",
      lang: "en",
      generatedAt: AT,
    });
    expect(p.shapes?.boxes.length).toBeGreaterThan(0);
    expect(p.shapes!.boxes.length + p.shapes!.connectors.length).toBeLessThanOrEqual(MAX_SHAPES);
    expect(p.notices).toBeUndefined();
  });
});
