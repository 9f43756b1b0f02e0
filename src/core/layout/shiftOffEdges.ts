import type { PageRoom } from "./keepOnPage";

/** A box's place along one axis, changeable: its start, its size, and (stacked leaves) its spine. */
export interface AxisBox {
  x: number;
  y: number;
  readonly width: number;
  readonly height: number;
  spine?: number;
}

/**
 * Moves boxes across the tree's axis (along the siblings: right in a top-down layout, down in a
 * left-to-right one) so that no page edge (`room.first`, then every `room.next` units) runs
 * through a box: where an edge cuts boxes, everything from the edge on moves by as much as the
 * furthest-cut box needs to start on the next page. A page break of a sheet is one line from
 * top to bottom, so the gap it needs must be clear at every level: moving every box past the
 * edge by the same amount keeps their order and spacing, and each page ends at its paper's edge
 * (a page gives up less than one box). Lines to a moved box simply run on across the edge.
 * A box longer than a page stays cut (nothing can hold it whole).
 * @param boxes the boxes, changed in place
 * @param axis `x` to move right, `y` to move down
 * @param extent the layout's length along `axis`
 * @param room what a page holds along `axis`, in the layout's units
 * @returns the layout's new length along `axis` (as given when nothing moved)
 * @example shiftOffEdges([{ x: 8, y: 0, width: 4, height: 2 }], "x", 12, { first: 10, next: 10 }) // 14
 */
export function shiftOffEdges(
  boxes: readonly AxisBox[],
  axis: "x" | "y",
  extent: number,
  room: PageRoom,
): number {
  if (room.next <= 0 || room.first < 0) return extent;
  const size = axis === "x" ? "width" : "height";
  let end = extent;
  for (let edge = room.first; edge < end; edge += room.next) {
    let by = 0;
    for (const b of boxes)
      if (b[axis] < edge && edge < b[axis] + b[size] && b[size] <= room.next)
        by = Math.max(by, edge - b[axis]);
    if (by === 0) continue;
    for (const b of boxes) {
      if (b[axis] + b[size] <= edge) continue;
      b[axis] += by;
      // A stack's spine runs beside its leaves (top-down only, so only across x).
      if (axis === "x" && b.spine !== undefined) b.spine += by;
    }
    end += by;
  }
  return end;
}
