import type { CodedMsg } from "../messages";
import {
  layoutDiagram,
  type DiagramLayout,
  type Gaps,
  type PlacedBox,
  type Orientation,
} from "./layoutDiagram";
import type { BoxMetrics } from "./measureBox";
import type { DiagramNode } from "./selectBoxes";

/** The largest extent a diagram may take, in the metrics' units (cells, or points). */
export interface DiagramLimits {
  readonly width: number;
  readonly height: number;
}

/** A layout that fits its limits, and what had to change to make it fit. */
export interface FittedDiagram {
  readonly layout: DiagramLayout;
  /** Why the diagram is not exactly what was asked (undefined when it is). */
  readonly adapted?: CodedMsg;
}

/** Code of the notice "drawn left to right because top-down is too wide/tall". */
export const TURNED = "DIAGRAM_TURNED";
/** Code of the notice "only the top levels are drawn". */
export const LEVELS_CUT = "DIAGRAM_LEVELS_CUT";
/** Code of the notice "only the first boxes are drawn". */
export const BOXES_CUT = "DIAGRAM_BOXES_CUT";

const fits = (l: DiagramLayout, limits: DiagramLimits) =>
  l.width <= limits.width && l.height <= limits.height;

/**
 * Lays the diagram out as asked when it fits the sheet; else adapts it, never refusing it:
 * (1) the other orientation (a tree too wide for Excel's 16,384 columns drawn top-down fits
 * its 1,048,576 rows drawn left to right), (2) fewer levels, dropping the deepest first,
 * (3) as a last resort only the boxes that fit. Each step says so in one sentence.
 * @param roots the trees to draw
 * @param metrics the text model
 * @param orientation the orientation asked for
 * @param gaps the gaps per orientation
 * @param limits the largest width and height
 * @returns the layout and, when it differs from the request, why
 * @example fitDiagram(roots, CELL_METRICS, "down", CELL_GAPS, { width: 16000, height: 1e6 }).adapted?.code
 */
export function fitDiagram(
  roots: readonly DiagramNode[],
  metrics: BoxMetrics,
  orientation: Orientation,
  gaps: Readonly<Record<Orientation, Gaps>>,
  limits: DiagramLimits,
): FittedDiagram {
  const asked = layoutDiagram(roots, metrics, orientation, gaps[orientation]);
  if (fits(asked, limits)) return { layout: asked };
  const other: Orientation = orientation === "down" ? "right" : "down";
  const turned = layoutDiagram(roots, metrics, other, gaps[other]);
  const tooBig = asked.width > limits.width ? "lebar" : "tinggi";
  const tooBigEn = asked.width > limits.width ? "wide" : "tall";
  if (fits(turned, limits)) {
    const how =
      other === "right" ? ["dari kiri ke kanan", "left to right"] : ["dari atas ke bawah", "top-down"];
    return {
      layout: turned,
      adapted: {
        code: TURNED,
        id: `Pohon ini terlalu ${tooBig} untuk lembar Excel bila digambar ${other === "right" ? "dari atas ke bawah" : "dari kiri ke kanan"}, jadi digambar ${how[0]}.`,
        en: `This tree is too ${tooBigEn} for an Excel sheet drawn ${other === "right" ? "top-down" : "left to right"}, so it is drawn ${how[1]}.`,
      },
    };
  }
  const levels = turned.bands.length;
  for (let depth = levels - 1; depth >= 1; depth--) {
    const layout = layoutDiagram(pruned(roots, depth), metrics, other, gaps[other]);
    if (fits(layout, limits)) {
      return {
        layout,
        adapted: {
          code: LEVELS_CUT,
          id: `Pohon ini terlalu besar untuk satu lembar Excel, jadi hanya ${depth} level teratas yang digambar; pilih subpohon (Kode akar) untuk melihat level di bawahnya.`,
          en: `This tree is too big for one Excel sheet, so only its top ${depth} levels are drawn; pick a subtree (root Kode) to see the levels below.`,
        },
      };
    }
  }
  const top = layoutDiagram(pruned(roots, 1), metrics, other, gaps[other]);
  const layout = clipped(top, limits);
  return { layout, adapted: boxesCut(top.boxes.length, layout.boxes.length) };
}

function boxesCut(all: number, kept: number): CodedMsg {
  return {
    code: BOXES_CUT,
    id: `Pohon ini terlalu besar untuk satu lembar Excel, jadi hanya ${kept} dari ${all} kotak level teratas yang digambar; pilih subpohon (Kode akar) untuk melihat sisanya.`,
    en: `This tree is too big for one Excel sheet, so only ${kept} of its ${all} top-level boxes are drawn; pick a subtree (root Kode) to see the rest.`,
  };
}

/** The trees cut to their top `depth` levels (counted per tree from its own top box). */
/** The trees cut below their top `depth` levels. */
export function pruned(roots: readonly DiagramNode[], depth: number): DiagramNode[] {
  const cut = (node: DiagramNode, left: number): DiagramNode => ({
    box: node.box,
    children: left <= 1 ? [] : node.children.map((c) => cut(c, left - 1)),
  });
  return roots.map((r) => cut(r, depth));
}

/** Only the boxes lying wholly inside the limits (a box whose parent is gone links to none). */
function clipped(layout: DiagramLayout, limits: DiagramLimits): DiagramLayout {
  const index: number[] = []; // old index → new index, or -1
  const boxes: PlacedBox[] = [];
  for (const b of layout.boxes) {
    const inside = b.x + b.width <= limits.width && b.y + b.height <= limits.height;
    index.push(inside ? boxes.length : -1);
    if (inside) boxes.push({ ...b, parent: b.parent >= 0 ? index[b.parent]! : -1 });
  }
  return {
    ...layout,
    boxes,
    width: Math.min(layout.width, limits.width),
    height: Math.min(layout.height, limits.height),
  };
}
