import type { DiagramLayout, PlacedBox } from "./layoutDiagram";
import { shiftOffEdges } from "./shiftOffEdges";

/** What a printed page holds along one axis, in layout units: the first page, and each next one. */
export interface PageRoom {
  readonly first: number;
  readonly next: number;
}

type Box = { -readonly [K in keyof PlacedBox]: PlacedBox[K] };
type Band = { start: number; size: number };

/**
 * A layout with boxes moved so that no page edge runs through a box, and every page is filled
 * up to its edge: a page ends where the paper ends, not at the last line every level happens to
 * leave clear.
 *
 * Along the tree's axis (down the page top-down, across it left to right), by bands:
 * - a stacked leaf the edge would cut moves to the next page with the rest of its stack below
 *   it (the stack's spine grows; nothing else hangs there); when its band grows, the deeper
 *   bands move by as much;
 * - any other box the edge would cut takes its whole band, and the deeper bands, to the next
 *   page: its connectors run through the gap before the band, which must stay one line.
 *
 * Across the tree's axis (along the siblings), shiftOffEdges moves everything from a cutting
 * edge on to the next page. A box longer than a page stays where it is (the break must cut it).
 * @param layout the layout, in rows and columns of equal size (cells) or points
 * @param down what a page holds down the sheet (rows), in the layout's units
 * @param across what a page holds across the sheet (columns); without it columns are left as they are
 * @returns the layout with the boxes moved and its size and bands grown to match (the same
 *   object when nothing moved)
 * @example keepOnPage(layout, { first: 40, next: 52 }, { first: 120, next: 126 }).width >= layout.width // true
 */
export function keepOnPage(layout: DiagramLayout, down: PageRoom, across?: PageRoom): DiagramLayout {
  const boxes: Box[] = layout.boxes.map((b) => ({ ...b }));
  const bands = layout.bands.map((b) => ({ ...b }));
  const top = layout.orientation === "down";
  const levels = top ? down : across;
  const siblings = top ? across : down;
  const tall = top ? layout.height : layout.width;
  const wide = top ? layout.width : layout.height;
  const deep = levels ? keepBands(boxes, bands, top ? "y" : "x", tall, levels) : tall;
  const long = siblings ? shiftOffEdges(boxes, top ? "x" : "y", wide, siblings) : wide;
  if (boxes.every((b, i) => b.x === layout.boxes[i]!.x && b.y === layout.boxes[i]!.y)) return layout;
  return top
    ? { ...layout, boxes, bands, height: deep, width: long }
    : { ...layout, boxes, bands, width: deep, height: long };
}

/** Moves boxes and bands along the tree's axis (`axis`) off the page edges; returns the new extent. */
function keepBands(boxes: Box[], bands: Band[], axis: "x" | "y", extent: number, room: PageRoom): number {
  if (room.next <= 0 || room.first < 0) return extent;
  const size = axis === "x" ? "width" : "height";
  let end = extent;
  const move = (which: (b: Box) => boolean, by: number) => {
    for (const b of boxes) {
      if (!which(b)) continue;
      b[axis] += by;
      end = Math.max(end, b[axis] + b[size]);
    }
  };
  const moveBands = (from: number, by: number) => {
    move((b) => b.depth >= from, by);
    for (let d = from; d < bands.length; d++) bands[d]!.start += by;
  };
  for (let edge = room.first; edge < end; edge += room.next) {
    const cut = boxes.filter((b) => b[axis] < edge && edge < b[axis] + b[size] && b[size] <= room.next);
    if (cut.length === 0) continue;
    // Bands never overlap: every box the edge cuts is in one band.
    const depth = cut[0]!.depth;
    const band = bands[depth]!;
    if (cut.some((b) => b.spine === undefined)) {
      moveBands(depth, edge - band.start);
    } else {
      // Stacks hang top-down only: their leaves move down the page.
      for (const s of cut) {
        const from = s.y;
        move((b) => b.parent === s.parent && b.spine !== undefined && b.y >= from, edge - from);
      }
      let last = 0;
      for (const b of boxes) if (b.depth === depth) last = Math.max(last, b[axis] + b[size]);
      const grown = last - (band.start + band.size);
      if (grown > 0) {
        band.size += grown;
        moveBands(depth + 1, grown);
      }
    }
  }
  return end;
}
