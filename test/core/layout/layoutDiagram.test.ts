import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { buildBoxes } from "../../../src/core/layout/boxes";
import { layoutDiagram, type DiagramLayout } from "../../../src/core/layout/layoutDiagram";
import { CELL_GAPS, CELL_METRICS, POINT_GAPS, POINT_METRICS } from "../../../src/core/layout/metrics";
import { selectBoxes } from "../../../src/core/layout/selectBoxes";
import type { Model } from "../../../src/core/model/buildModel";
import { sizedModel, treeModel } from "./treeWorkbook";

const GOLDEN = path.resolve(__dirname, "../../fixtures/layout/tree-cells.json");

function lay(model: Model, grid: boolean, orientation: "down" | "right"): DiagramLayout {
  const roots = selectBoxes(buildBoxes(model, { year: 2025, lang: "id" }), {}).roots ?? [];
  return grid
    ? layoutDiagram(roots, CELL_METRICS, orientation, CELL_GAPS[orientation])
    : layoutDiagram(roots, POINT_METRICS, orientation, POINT_GAPS[orientation]);
}

/** Positions only: what the golden file records. */
function positions(layout: DiagramLayout): unknown {
  return {
    width: layout.width,
    height: layout.height,
    bands: layout.bands,
    boxes: layout.boxes.map((b) => ({
      id: b.box.id,
      x: b.x,
      y: b.y,
      width: b.width,
      height: b.height,
      parent: b.parent,
      depth: b.depth,
      spine: b.spine ?? null,
      rows: b.sections.map((s) => s.size),
    })),
  };
}

function overlapping(layout: DiagramLayout): string[] {
  const bad: string[] = [];
  const b = layout.boxes;
  for (let i = 0; i < b.length; i++) {
    for (let j = i + 1; j < b.length; j++) {
      const p = b[i]!;
      const q = b[j]!;
      if (p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height) {
        bad.push(`${p.box.id} × ${q.box.id}`);
      }
    }
  }
  return bad;
}

describe("layoutDiagram", () => {
  test("layoutDiagram(tree, cells) places the small tree as recorded in the golden file, both orientations", () => {
    const actual = {
      down: positions(lay(treeModel(), true, "down")),
      right: positions(lay(treeModel(), true, "right")),
    };
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 1)}\n`);
    expect(actual).toEqual(JSON.parse(fs.readFileSync(GOLDEN, "utf8")));
  });

  test("layoutDiagram sizes every box in whole, even cells and wraps every section into its rows", () => {
    const layout = lay(treeModel(), true, "down");
    const odd = layout.boxes.filter((b) => b.width % 2 !== 0 || b.height % 2 !== 0);
    expect(odd).toEqual([]);
    for (const b of layout.boxes) {
      expect(b.sections.reduce((n, s) => n + s.size, 0)).toBe(b.height);
      for (const s of b.sections) expect(s.lines.length).toBeLessThanOrEqual(s.size);
    }
  });

  test("layoutDiagram stacks three or more leaf children under their parent, top-down only", () => {
    const model = treeModel((levels) => {
      levels[2] = ["A", "B", "C"].map((u, i) => ({
        kode: `1.3.${i + 1}`,
        induk: "1.3",
        uraian: `Program ${u}`,
        indikator: `IKP ${u}`,
        satuan: "%",
      }));
    });
    const down = lay(model, true, "down");
    const stacked = down.boxes.filter((b) => b.spine !== undefined);
    expect(stacked.map((b) => b.box.id)).toEqual(["1.3.1", "1.3.2", "1.3.3"]);
    expect(new Set(stacked.map((b) => b.x)).size).toBe(1);
    expect(stacked.every((b, i) => i === 0 || b.y >= stacked[i - 1]!.y + stacked[i - 1]!.height + 1)).toBe(
      true,
    );
    expect(lay(model, true, "right").boxes.filter((b) => b.spine !== undefined)).toEqual([]);
  });

  test("layoutDiagram never lets two boxes overlap, in cells and in points, both orientations", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.boolean(),
        fc.constantFrom("down", "right"),
        (n, seed, grid, orientation) => {
          expect(overlapping(lay(sizedModel(n, seed), grid, orientation as "down" | "right"))).toEqual([]);
        },
      ),
      { numRuns: 80 },
    );
  });

  test("layoutDiagram gives the same layout for the same workbook", () => {
    expect(positions(lay(sizedModel(300, 7), true, "down"))).toEqual(
      positions(lay(sizedModel(300, 7), true, "down")),
    );
  });
});
