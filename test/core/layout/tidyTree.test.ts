import fc from "fast-check";
import {
  tidyTree,
  type TidyInput,
  type TidyLayout,
  type TidyOptions,
} from "../../../src/core/layout/tidyTree";

type In = TidyInput<string>;
const leaf = (value: string, width: number, height: number, children: In[] = []): In => ({
  value,
  width,
  height,
  children,
});
const OPTS: TidyOptions = { orientation: "down", siblingGap: 4, cousinGap: 8, levelGap: 6 };

/** Random forests: node i hangs under an earlier node or is a root. */
const forestArb = (even: boolean) =>
  fc
    .array(
      fc.record({
        parent: fc.nat(),
        rootish: fc.boolean(),
        w: fc.integer({ min: 1, max: 40 }),
        h: fc.integer({ min: 1, max: 40 }),
      }),
      { minLength: 1, maxLength: 45 },
    )
    .map((specs) => {
      const nodes: { value: string; width: number; height: number; children: In[] }[] = [];
      const roots: In[] = [];
      specs.forEach((s, i) => {
        const n = { value: `n${i}`, width: even ? 2 * s.w : s.w, height: even ? 2 * s.h : s.h, children: [] };
        nodes.push(n);
        if (i === 0 || (s.rootish && s.parent % 5 === 0)) roots.push(n);
        else nodes[s.parent % i]!.children.push(n);
      });
      return roots;
    });

function overlaps(layout: TidyLayout<string>, minGap: number): string[] {
  const bad: string[] = [];
  const n = layout.nodes;
  for (let i = 0; i < n.length; i++) {
    for (let j = i + 1; j < n.length; j++) {
      const a = n[i]!;
      const b = n[j]!;
      const apartX = a.x + a.width + minGap <= b.x || b.x + b.width + minGap <= a.x;
      const apartY = a.y + a.height <= b.y || b.y + b.height <= a.y;
      if (!apartX && !apartY) bad.push(`${a.value} × ${b.value}`);
    }
  }
  return bad;
}

describe("tidyTree", () => {
  test("tidyTree(roots, down) places a small tree exactly (golden)", () => {
    const tree = [leaf("A", 40, 20, [leaf("B", 20, 10), leaf("C", 30, 30, [leaf("D", 10, 10)])])];
    expect(tidyTree(tree, OPTS)).toEqual({
      nodes: [
        { value: "A", x: 4.5, y: 0, width: 40, height: 20, depth: 0, parent: -1 },
        { value: "B", x: 0, y: 26, width: 20, height: 10, depth: 1, parent: 0 },
        { value: "C", x: 24, y: 26, width: 30, height: 30, depth: 1, parent: 0 },
        { value: "D", x: 34, y: 62, width: 10, height: 10, depth: 2, parent: 2 },
      ],
      width: 54,
      height: 72,
      bands: [
        { start: 0, size: 20 },
        { start: 26, size: 30 },
        { start: 62, size: 10 },
      ],
    });
  });

  test("tidyTree(roots) puts several roots side by side under an undrawn virtual root", () => {
    const out = tidyTree([leaf("R1", 10, 10), leaf("R2", 20, 10)], OPTS);
    expect(out.nodes).toEqual([
      { value: "R1", x: 0, y: 0, width: 10, height: 10, depth: 0, parent: -1 },
      { value: "R2", x: 18, y: 0, width: 20, height: 10, depth: 0, parent: -1 },
    ]);
    expect([out.width, out.height]).toEqual([38, 10]);
  });

  test("tidyTree([]) is an empty layout", () => {
    expect(tidyTree([], OPTS)).toEqual({ nodes: [], width: 0, height: 0, bands: [] });
  });

  test("tidyTree(roots, right) is tidyTree(roots with width and height swapped, down) transposed", () => {
    const swap = (n: In): In => ({ ...n, width: n.height, height: n.width, children: n.children.map(swap) });
    fc.assert(
      fc.property(forestArb(false), (roots) => {
        const right = tidyTree(roots, { ...OPTS, orientation: "right" });
        const down = tidyTree(roots.map(swap), OPTS);
        expect(right.nodes).toEqual(
          down.nodes.map((n) => ({ ...n, x: n.y, y: n.x, width: n.height, height: n.width })),
        );
        expect([right.width, right.height]).toEqual([down.height, down.width]);
      }),
      { numRuns: 60 },
    );
  });

  test("tidyTree never lets two boxes overlap, and keeps at least the sibling gap between them", () => {
    fc.assert(
      fc.property(forestArb(false), fc.constantFrom("down", "right"), (roots, orientation) => {
        const layout = tidyTree(roots, { ...OPTS, orientation: orientation as "down" | "right" });
        const gapped = orientation === "down" ? layout : transpose(layout);
        expect(overlaps(gapped, OPTS.siblingGap - 1e-9)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  test("tidyTree with snap keeps whole-unit positions and at least one free unit between boxes", () => {
    fc.assert(
      fc.property(forestArb(true), (roots) => {
        const layout = tidyTree(roots, {
          orientation: "down",
          siblingGap: 2,
          cousinGap: 4,
          levelGap: 2,
          snap: true,
        });
        expect(layout.nodes.filter((n) => !Number.isInteger(n.x) || !Number.isInteger(n.y))).toEqual([]);
        expect(overlaps(layout, 1)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  test("tidyTree gives the same layout for the same input", () => {
    fc.assert(
      fc.property(forestArb(false), (roots) => {
        expect(tidyTree(roots, OPTS)).toEqual(tidyTree(structuredClone(roots), OPTS));
      }),
      { numRuns: 40 },
    );
  });

  test("tidyTree puts every child in the band below its parent's", () => {
    fc.assert(
      fc.property(forestArb(false), (roots) => {
        const { nodes } = tidyTree(roots, OPTS);
        const wrong = nodes.filter(
          (n) => n.parent >= 0 && n.y < nodes[n.parent]!.y + nodes[n.parent]!.height + 6,
        );
        expect(wrong).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

function transpose(l: TidyLayout<string>): TidyLayout<string> {
  return { ...l, nodes: l.nodes.map((n) => ({ ...n, x: n.y, y: n.x, width: n.height, height: n.width })) };
}
