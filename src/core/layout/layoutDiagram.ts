import type { StatementBox } from "./boxes";
import { measureBox, type BoxMetrics, type MeasuredSection } from "./measureBox";
import type { DiagramNode } from "./selectBoxes";
import { tidyTree, type TidyInput, type TidyOptions } from "./tidyTree";

export type Orientation = "down" | "right";

/** A box where it is drawn, with its wrapped text; `parent` indexes `DiagramLayout.boxes`. */
export interface PlacedBox {
  readonly box: StatementBox;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly sections: readonly MeasuredSection[];
  /** Index of the parent box in `boxes`, or -1 for a top box. */
  readonly parent: number;
  /** Index of its band in `DiagramLayout.bands`. */
  readonly depth: number;
  /** For a leaf stacked under its parent: where the spine it hangs from runs (x). */
  readonly spine?: number;
}

export interface DiagramLayout {
  readonly orientation: Orientation;
  /** Parents before children. */
  readonly boxes: readonly PlacedBox[];
  readonly width: number;
  readonly height: number;
  /** Per level shown: start and depth of its band along the tree's axis. */
  readonly bands: readonly { readonly start: number; readonly size: number }[];
}

export type Gaps = Omit<TidyOptions, "orientation" | "snap"> & {
  /** Down only: space between leaves stacked under their parent, and their indent from the spine. */
  readonly stackGap: number;
  readonly stackIndent: number;
};

/** Stack the leaves of a parent that has at least this many, all leaves (down only). */
const STACK_MIN = 3;

type Item = { readonly box: StatementBox } | { readonly stack: readonly DiagramNode[] };

/**
 * Lays the selected boxes out as a tidy tree: sizes from the text, then tidyTree. A box whose
 * parent is missing (a broken Kode Induk) still sits in its own level's band: invisible
 * placeholders fill the levels above it.
 *
 * Top-down, a parent whose children are all leaves (three or more) gets them stacked in one
 * column under it, hanging from a spine — the way printed pohon kinerja show sub kegiatan —
 * instead of side by side: the tree stays printable at full size. The stack is one node of
 * the tidy tree, so it never overlaps anything either.
 * @param roots the trees to draw (from selectBoxes)
 * @param metrics the text model (points, or the cell grid)
 * @param orientation down or right
 * @param gaps free space between boxes, in the metrics' units
 * @returns boxes with positions, in parent-first order
 * @example layoutDiagram(roots, POINT_METRICS, "down", POINT_GAPS.down).boxes.length
 */
export function layoutDiagram(
  roots: readonly DiagramNode[],
  metrics: BoxMetrics,
  orientation: Orientation,
  gaps: Gaps,
): DiagramLayout {
  const base = roots.reduce((min, r) => Math.min(min, r.box.level), Infinity);
  const measured = new Map<StatementBox, ReturnType<typeof measureBox>>();
  const measure = (box: StatementBox) => {
    let m = measured.get(box);
    if (!m) measured.set(box, (m = measureBox(box, metrics)));
    return m;
  };
  const stacks = (node: DiagramNode) =>
    orientation === "down" &&
    node.children.length >= STACK_MIN &&
    node.children.every((c) => c.children.length === 0 && c.box.level === node.box.level + 1);
  // Recursion is bounded by the number of levels (at most 10, SPEC §3.1).
  const toInput = (node: DiagramNode, parentLevel: number): TidyInput<Item> => {
    const m = measure(node.box);
    let children: TidyInput<Item>[];
    if (stacks(node)) {
      const sizes = node.children.map((c) => measure(c.box));
      const width = gaps.stackIndent + Math.max(...sizes.map((z) => z.width));
      const height = sizes.reduce((sum, z) => sum + z.height, 0) + gaps.stackGap * (sizes.length - 1);
      children = [{ value: { stack: node.children }, width, height, children: [] }];
    } else {
      children = node.children.map((c) => toInput(c, node.box.level));
    }
    let input: TidyInput<Item> = { value: { box: node.box }, width: m.width, height: m.height, children };
    for (let level = node.box.level - 1; level > parentLevel; level--) {
      input = { width: 0, height: 0, children: [input] };
    }
    return input;
  };
  const inputs = roots.map((r) => toInput(r, base - 1));
  const tidy = tidyTree(inputs, { orientation, snap: metrics.grid !== undefined, ...gaps });

  const boxes: PlacedBox[] = [];
  const boxIndex: number[] = [];
  for (const [i, n] of tidy.nodes.entries()) {
    // Placeholders are not drawn; a box below one links to no parent.
    const parent = n.parent >= 0 ? (boxIndex[n.parent] ?? -1) : -1;
    boxIndex[i] = -1;
    if (!n.value) continue;
    if ("stack" in n.value) {
      let y = n.y;
      for (const child of n.value.stack) {
        const m = measure(child.box);
        const x = n.x + gaps.stackIndent;
        boxes.push({
          box: child.box,
          x,
          y,
          width: m.width,
          height: m.height,
          sections: m.sections,
          parent,
          depth: n.depth,
          spine: n.x + gaps.stackIndent / 2,
        });
        y += m.height + gaps.stackGap;
      }
      continue;
    }
    boxIndex[i] = boxes.length;
    const m = measure(n.value.box);
    boxes.push({
      box: n.value.box,
      x: n.x,
      y: n.y,
      width: n.width,
      height: n.height,
      sections: m.sections,
      parent,
      depth: n.depth,
    });
  }
  return { orientation, boxes, width: tidy.width, height: tidy.height, bands: tidy.bands };
}
