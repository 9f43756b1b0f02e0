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

/** Pages down the layout when rows break only where no box is cut (pageBreaks, one unit per row). */
function pages(layout: DiagramLayout, first: number, next: number): { count: number; cut: number } {
  const sizes = Array<number>(Math.ceil(layout.height)).fill(1);
  const spans = layout.boxes.map((b) => ({ start: b.y, end: b.y + b.height }));
  // The first page holds `first` rows: pad it to `next` with rows above the layout.
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

  test("a left-to-right layout, or one that already fits a page, comes back as it was", () => {
    const right = lay(sizedModel(200, 3), true, "right");
    expect(keepOnPage(right, { first: 40, next: 52 })).toBe(right);
    const small = lay(treeModel(), true);
    expect(keepOnPage(small, { first: small.height + 1, next: small.height + 1 })).toBe(small);
  });
});
