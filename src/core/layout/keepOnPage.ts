import type { DiagramLayout, PlacedBox } from "./layoutDiagram";

/** What a printed page holds along the tree's axis, in layout units: the first page, and each next one. */
export interface PageRoom {
  readonly first: number;
  readonly next: number;
}

type Box = { -readonly [K in keyof PlacedBox]: PlacedBox[K] };

/**
 * A top-down layout with boxes moved down so that no page edge (`room.first`, then every
 * `room.next` units) runs through a box, and every page is filled up to its edge: a page ends
 * where the paper ends, not at the last line every column happens to leave clear.
 * - A stacked leaf the edge would cut moves to the next page with the rest of its stack below
 *   it (the stack's spine grows; nothing else hangs there); when its band grows, the deeper
 *   bands move down by as much.
 * - Any other box the edge would cut takes its whole band, and the bands below, to the next
 *   page: its connectors run through the gap above the band, which must stay one line.
 * - A box taller than a page stays where it is (the break must cut it).
 * Left-to-right layouts come back unchanged (their page edges cross the sibling axis).
 * @param layout the layout, in rows of equal height (cells) or points
 * @param room what a page holds, in the layout's units
 * @returns the layout with the boxes moved, its height and bands grown to match
 * @example keepOnPage(layout, { first: 40, next: 52 }).height >= layout.height // true
 */
export function keepOnPage(layout: DiagramLayout, room: PageRoom): DiagramLayout {
  if (layout.orientation !== "down" || room.next <= 0 || room.first < 0) return layout;
  const boxes: Box[] = layout.boxes.map((b) => ({ ...b }));
  const bands = layout.bands.map((b) => ({ ...b }));
  let height = layout.height;
  let moved = false;
  const move = (which: (b: Box) => boolean, by: number) => {
    for (const b of boxes) {
      if (!which(b)) continue;
      b.y += by;
      height = Math.max(height, b.y + b.height);
      moved = true;
    }
  };
  const moveBands = (from: number, by: number) => {
    move((b) => b.depth >= from, by);
    for (let d = from; d < bands.length; d++) bands[d]!.start += by;
  };
  for (let edge = room.first; edge < height; edge += room.next) {
    const cut = boxes.filter((b) => b.y < edge && edge < b.y + b.height && b.height <= room.next);
    if (cut.length === 0) continue;
    // Bands never overlap: every box the edge cuts is in one band.
    const depth = cut[0]!.depth;
    const band = bands[depth]!;
    if (cut.some((b) => b.spine === undefined)) {
      moveBands(depth, edge - band.start);
    } else {
      for (const s of cut) {
        const from = s.y;
        move((b) => b.parent === s.parent && b.spine !== undefined && b.y >= from, edge - from);
      }
      let end = 0;
      for (const b of boxes) if (b.depth === depth) end = Math.max(end, b.y + b.height);
      const grown = end - (band.start + band.size);
      if (grown > 0) {
        band.size += grown;
        moveBands(depth + 1, grown);
      }
    }
  }
  if (!moved) return layout;
  return { ...layout, boxes, bands, height };
}
