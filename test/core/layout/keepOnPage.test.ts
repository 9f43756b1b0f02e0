import { buildBoxes } from "../../../src/core/layout/boxes";
import { keepOnPage } from "../../../src/core/layout/keepOnPage";
import { layoutDiagram, type DiagramLayout } from "../../../src/core/layout/layoutDiagram";
import { CELL_GAPS, CELL_METRICS, POINT_GAPS, POINT_METRICS } from "../../../src/core/layout/metrics";
import { axisBreaks } from "../../../src/core/layout/pageBreaks";
import { selectBoxes } from "../../../src/core/layout/selectBoxes";
import type { Model } from "../../../src/core/model/buildModel";
import { buildModel } from "../../../src/core/model/buildModel";
import { LEVELS, levelSheet, type RowSpec } from "../../helpers/workbook";
import { sizedModel, treeModel } from "./treeWorkbook";

/**
 * A tree whose leaves hang in stacks of different lengths and heights, the way Sub Kegiatan
 * print: 3 Sasaran × 3 Program × 2 Kegiatan, each with 3–11 Sub Kegiatan of 1–3 indicators.
 */
function stackedModel(seed: number): Model {
  let s = seed;
  const rand = (n: number) => (s = (s * 1103515245 + 12345) % 2147483648) % n;
  const levels: RowSpec[][] = [
    [{ kode: "1", uraian: "Tujuan", indikator: "IKU", satuan: "%" }],
    [],
    [],
    [],
    [],
  ];
  const row = (level: number, kode: string, induk: string, indikators: number) => {
    for (let i = 0; i < indikators; i++)
      levels[level]!.push({
        kode,
        induk,
        uraian: `Uraian ${kode} ${"pelayanan dasar ".repeat(1 + rand(4))}`,
        indikator: `Indikator ${i} ${"yang terlayani ".repeat(1 + rand(6))}`,
        satuan: "%",
      });
  };
  for (let a = 1; a <= 3; a++) {
    row(1, `1.${a}`, "1", 1);
    for (let b = 1; b <= 3; b++) {
      row(2, `1.${a}.${b}`, `1.${a}`, 1);
      for (let c = 1; c <= 2; c++) {
        row(3, `1.${a}.${b}.${c}`, `1.${a}.${b}`, 1);
        const subs = 3 + rand(9);
        for (let d = 1; d <= subs; d++) row(4, `1.${a}.${b}.${c}.${d}`, `1.${a}.${b}.${c}`, 1 + rand(3));
      }
    }
  }
  return buildModel(
    { sheets: LEVELS.map((name, i) => levelSheet(name, levels[i]!)) },
    { now: new Date(2025, 5, 1) },
  );
}

function lay(model: Model, grid: boolean, orientation: "down" | "right" = "down"): DiagramLayout {
  const roots = selectBoxes(buildBoxes(model, { year: 2025, lang: "id" }), {}).roots ?? [];
  return grid
    ? layoutDiagram(roots, CELL_METRICS, orientation, CELL_GAPS[orientation])
    : layoutDiagram(roots, POINT_METRICS, orientation, POINT_GAPS[orientation]);
}

/** Pages along the layout (down by rows, or across by columns) when breaks fall only where no box is cut (pageBreaks, one unit per row or column). */
function pages(
  layout: DiagramLayout,
  first: number,
  next: number,
  axis: "x" | "y" = "y",
): { count: number; cut: number } {
  const size = axis === "y" ? "height" : "width";
  const sizes = Array<number>(Math.ceil(layout[size])).fill(1);
  // Whole units: a box in points covers every unit it touches.
  const spans = layout.boxes.map((b) => ({ start: Math.floor(b[axis]), end: Math.ceil(b[axis] + b[size]) }));
  // The first page holds `first` units: pad it to `next` with units before the layout.
  const pad = next - first;
  const r = axisBreaks(
    [...Array<number>(pad).fill(1), ...sizes],
    spans.map((s) => ({ start: s.start + pad, end: s.end + pad })),
    next,
  );
  return { count: r.breaks.length + 1, cut: r.cut.length };
}

function overlaps(layout: DiagramLayout): number {
  const b = layout.boxes;
  let n = 0;
  for (let i = 0; i < b.length; i++)
    for (let j = i + 1; j < b.length; j++) {
      const p = b[i]!;
      const q = b[j]!;
      if (p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height) n++;
    }
  return n;
}

describe("keepOnPage", () => {
  test.each([
    ["cells, seed 1", lay(stackedModel(1), true), 40, 52],
    ["cells, seed 2", lay(stackedModel(2), true), 25, 60],
    ["points, seed 3", lay(stackedModel(3), false), 500, 700],
  ] as const)(
    "%s: every page edge falls between boxes, each page is filled, no box overlaps another",
    (_, layout, first, next) => {
      const before = pages(layout, first, next);
      const kept = keepOnPage(layout, { first, next });
      expect(kept).not.toBe(layout);
      expect(overlaps(kept)).toBe(0);
      expect(kept.boxes.map((b) => [b.box.id, b.x, b.width, b.height, b.parent])).toEqual(
        layout.boxes.map((b) => [b.box.id, b.x, b.width, b.height, b.parent]),
      );
      // Page edges: first, first + next, … — none inside a box.
      const edges = Array.from(
        { length: Math.ceil((kept.height - first) / next) },
        (_, i) => first + i * next,
      );
      const cut = kept.boxes.filter((b) => edges.some((e) => b.y < e && e < b.y + b.height));
      expect(cut.map((b) => b.box.id)).toEqual([]);
      // Children stay below their parents, bands in order and around their boxes.
      for (const b of kept.boxes) {
        if (b.parent >= 0)
          expect(b.y).toBeGreaterThan(kept.boxes[b.parent]!.y + kept.boxes[b.parent]!.height - 1);
        const band = kept.bands[b.depth]!;
        expect([b.y >= band.start, b.y + b.height <= band.start + band.size]).toEqual([true, true]);
      }
      const after = pages(kept, first, next);
      // Every page but the last is filled to its edge; breaking where every column was clear
      // took as many pages or more, and cut boxes where no line was clear.
      expect(after).toEqual({ count: Math.ceil((kept.height - first) / next) + 1, cut: 0 });
      expect(after.count).toBeLessThanOrEqual(before.count);
      expect(before.cut + before.count).toBeGreaterThan(after.count);
    },
  );

  test("a layout that already fits a page, down and across, comes back as it was", () => {
    const small = lay(treeModel(), true);
    const page = { first: small.height + 1, next: small.height + 1 };
    expect(keepOnPage(small, page, { first: small.width + 1, next: small.width + 1 })).toBe(small);
    const right = lay(treeModel(), true, "right");
    expect(
      keepOnPage(right, { first: right.height, next: right.height }, { first: right.width, next: 99 }),
    ).toBe(right);
  });

  // Dense random trees (no vertical line is clear at every level on some pages), top-down and
  // left to right, in cells and in points: across the sheet the edges are column edges, down it row edges.
  test.each([
    ["cells down, 300 (seed 2)", lay(sizedModel(300, 2), true), [40, 52], [120, 126]],
    ["cells down, 200 (seed 3)", lay(sizedModel(200, 3), true), [25, 60], [90, 126]],
    ["cells down, stacks (seed 4)", lay(stackedModel(4), true), [40, 52], [60, 70]],
    ["points down, 300 (seed 1)", lay(sizedModel(300, 1), false), [500, 700], [1500, 1800]],
    ["cells right, 300 (seed 2)", lay(sizedModel(300, 2), true, "right"), [40, 52], [30, 40]],
    ["points right, stacks (seed 5)", lay(stackedModel(5), false, "right"), [500, 700], [400, 600]],
  ] as const)(
    "%s: no page edge down or across runs through a box, pages are filled, nothing overlaps",
    (_, layout, [df, dn], [af, an]) => {
      const edges = (first: number, next: number, end: number) =>
        Array.from({ length: Math.max(0, Math.ceil((end - first) / next)) }, (_, i) => first + i * next);
      const cutBy = (l: DiagramLayout) => ({
        down: l.boxes.filter((b) => edges(df, dn, l.height).some((e) => b.y < e && e < b.y + b.height))
          .length,
        across: l.boxes.filter((b) => edges(af, an, l.width).some((e) => b.x < e && e < b.x + b.width))
          .length,
      });
      const before = { ...pages(layout, df, dn, "y"), across: pages(layout, af, an, "x") };
      // Where every line was not clear, breaks between boxes had to cut some (what this is for).
      expect(before.cut + before.across.cut + cutBy(layout).down + cutBy(layout).across).toBeGreaterThan(0);
      const kept = keepOnPage(layout, { first: df, next: dn }, { first: af, next: an });
      expect(cutBy(kept)).toEqual({ down: 0, across: 0 });
      expect(overlaps(kept)).toBe(0);
      // Same boxes, sizes and parents; siblings keep their order; children stay past their parents.
      expect(kept.boxes.map((b) => [b.box.id, b.width, b.height, b.parent, b.depth])).toEqual(
        layout.boxes.map((b) => [b.box.id, b.width, b.height, b.parent, b.depth]),
      );
      const along = layout.orientation === "down" ? "x" : "y";
      const deep = layout.orientation === "down" ? "y" : "x";
      const size = deep === "y" ? "height" : "width";
      for (const [i, b] of kept.boxes.entries()) {
        const was = layout.boxes[i]!;
        expect(b[along]).toBeGreaterThanOrEqual(was[along]);
        if (b.parent >= 0)
          expect(b[deep]).toBeGreaterThanOrEqual(kept.boxes[b.parent]![deep] + kept.boxes[b.parent]![size]);
        const band = kept.bands[b.depth]!;
        expect([b[deep] >= band.start, b[deep] + b[size] <= band.start + band.size]).toEqual([true, true]);
      }
      // Breaking between boxes now cuts none, and every page but the last is filled to its edge.
      const after = { ...pages(kept, df, dn, "y"), across: pages(kept, af, an, "x") };
      expect(after).toEqual({
        count: Math.ceil((kept.height - df) / dn) + 1,
        cut: 0,
        across: { count: Math.ceil((kept.width - af) / an) + 1, cut: 0 },
      });
      expect(after.count).toBeLessThanOrEqual(before.count + before.cut);
      expect(after.across.count).toBeLessThanOrEqual(before.across.count + before.across.cut);
    },
  );
});
