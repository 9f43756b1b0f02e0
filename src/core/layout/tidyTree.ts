import { hierarchy, tree, type HierarchyNode } from "d3-hierarchy";

/** A node to lay out: its size and its children, in order. */
export interface TidyInput<T> {
  readonly value?: T;
  readonly width: number;
  readonly height: number;
  readonly children: readonly TidyInput<T>[];
}

export interface TidyOptions {
  /** `down`: parents above children; `right`: parents left of children. */
  readonly orientation: "down" | "right";
  /** Free space between neighbouring siblings, across the tree. */
  readonly siblingGap: number;
  /** Free space between neighbours that are not siblings (wider, so families stay apart). */
  readonly cousinGap: number;
  /** Free space between one level's band and the next. */
  readonly levelGap: number;
  /**
   * Whole units: box centres are rounded to integers (for the cell grid, with even sizes and
   * gaps ≥ 2, so rounding never closes a gap).
   */
  readonly snap?: boolean;
}

/** A placed node: top-left corner, size, depth (0 = top) and its parent's index in `nodes`. */
export interface TidyNode<T> {
  readonly value?: T;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly depth: number;
  readonly parent: number;
}

export interface TidyLayout<T> {
  /** Pre-order (parents before children, children in order). */
  readonly nodes: readonly TidyNode<T>[];
  readonly width: number;
  readonly height: number;
  /** Per depth: where its band starts along the depth axis and how deep it is. */
  readonly bands: readonly { readonly start: number; readonly size: number }[];
}

/**
 * Reingold–Tilford tidy tree (Buchheim, Jünger & Leipert's linear-time version, as
 * d3-hierarchy's `tree()` implements it) over boxes of different sizes.
 *
 * d3's `tree()` assumes one node size; we run it with `nodeSize([1, 1])` and a separation
 * that is the real distance two neighbours' centres need: half of each one's breadth plus the
 * gap. d3 calls the separation for every pair of neighbours on the contours it merges, so two
 * boxes at the same depth never overlap. Depths become bands as deep as their deepest box,
 * so boxes of different depths cannot overlap either. Several roots hang under a virtual root
 * that is not drawn; separate trees are kept the cousin gap apart. `right` is exactly `down` with the axes swapped.
 *
 * @param roots the trees, in order
 * @param options orientation and gaps
 * @returns the placed nodes with the extent, starting at (0, 0)
 * @example tidyTree([{ width: 10, height: 4, children: [] }], opts).nodes[0] // { x: 0, y: 0, … }
 */
export function tidyTree<T>(roots: readonly TidyInput<T>[], options: TidyOptions): TidyLayout<T> {
  const down = options.orientation === "down";
  const breadth = (n: TidyInput<T>) => (down ? n.width : n.height);
  const length = (n: TidyInput<T>) => (down ? n.height : n.width);
  const virtual: TidyInput<T> = { width: 0, height: 0, children: roots };
  const root = hierarchy<TidyInput<T>>(virtual, (n) => (n.children.length > 0 ? n.children : undefined));
  tree<TidyInput<T>>()
    .nodeSize([1, 1])
    .separation(
      (a, b) =>
        (breadth(a.data) + breadth(b.data)) / 2 +
        (a.parent === b.parent && a.parent !== root ? options.siblingGap : options.cousinGap),
    )(root);

  const ordered: HierarchyNode<TidyInput<T>>[] = [];
  root.eachBefore((n) => {
    if (n !== root) ordered.push(n);
  });

  const sizes: number[] = [];
  for (const n of ordered) sizes[n.depth - 1] = Math.max(sizes[n.depth - 1] ?? 0, length(n.data));
  const bands: { start: number; size: number }[] = [];
  let start = 0;
  for (const size of sizes) {
    bands.push({ start, size });
    start += size + options.levelGap;
  }

  const centre = (n: HierarchyNode<TidyInput<T>>) => (options.snap ? Math.round(n.x ?? 0) : (n.x ?? 0));
  let min = Infinity;
  let max = -Infinity;
  for (const n of ordered) {
    min = Math.min(min, centre(n) - breadth(n.data) / 2);
    max = Math.max(max, centre(n) + breadth(n.data) / 2);
  }
  if (ordered.length === 0) min = max = 0;

  const index = new Map<HierarchyNode<TidyInput<T>>, number>();
  const nodes = ordered.map((n, i): TidyNode<T> => {
    index.set(n, i);
    const across = centre(n) - breadth(n.data) / 2 - min;
    const along = bands[n.depth - 1]!.start;
    return {
      value: n.data.value,
      x: down ? across : along,
      y: down ? along : across,
      width: n.data.width,
      height: n.data.height,
      depth: n.depth - 1,
      parent: n.parent && n.parent !== root ? index.get(n.parent)! : -1,
    };
  });
  const extentAcross = max - min;
  const extentAlong = bands.length > 0 ? start - options.levelGap : 0;
  return {
    nodes,
    width: down ? extentAcross : extentAlong,
    height: down ? extentAlong : extentAcross,
    bands,
  };
}
