import { layoutDiagram, type Orientation } from "../layout/layoutDiagram";
import { POINT_GAPS, POINT_METRICS } from "../layout/metrics";
import type { DiagramNode } from "../layout/selectBoxes";

/** The preview frame's width in CSS pixels at the task pane's 350 px (its border and padding off). */
export const PREVIEW_WIDTH = 296;
/**
 * The smallest zoom at which a preview fitted to PREVIEW_WIDTH is drawn: the boxes' 10 pt text is
 * then at least 4 px tall, their Kode and colours readable, and the zoom buttons make it full size.
 */
export const MIN_PREVIEW_ZOOM = 0.4;
/** What diagramSvg adds around the layout: its narrowest width and the margins on both sides. */
const SVG_MIN_WIDTH = 420;
const SVG_MARGINS = 40;

/** The fitted zoom of a preview whose layout is `width` points wide. */
export function previewZoom(width: number): number {
  return PREVIEW_WIDTH / (Math.max(width, SVG_MIN_WIDTH) + SVG_MARGINS);
}

/** The branches a preview draws when the whole tree is too wide to read: the first `shown` of `of`. */
export interface PreviewBranches {
  readonly roots: DiagramNode[];
  readonly shown: number;
  readonly of: number;
}

/**
 * The first branches of the trees that fit the pane at MIN_PREVIEW_ZOOM or more. The branches
 * are the nodes of the first level with more than one (under a single top box, its children;
 * the chain above them is kept). Undefined when the whole of `roots` fits, or there is only
 * one branch (nothing to leave out).
 * @param roots the trees to draw (already cut to the preview's levels)
 * @param orientation the drawing's orientation
 * @example previewBranches(roots, "down")?.shown // 2
 */
export function previewBranches(
  roots: readonly DiagramNode[],
  orientation: Orientation,
): PreviewBranches | undefined {
  const zoom = (trees: readonly DiagramNode[]) =>
    previewZoom(layoutDiagram(trees, POINT_METRICS, orientation, POINT_GAPS[orientation]).width);
  if (zoom(roots) >= MIN_PREVIEW_ZOOM) return undefined;
  const of = branchCount(roots);
  if (of <= 1) return undefined;
  // The widest prefix that fits (a layout's width grows with its branches): binary search.
  let lo = 1;
  let hi = of - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (zoom(firstBranches(roots, mid)) >= MIN_PREVIEW_ZOOM) lo = mid;
    else hi = mid - 1;
  }
  return { roots: firstBranches(roots, lo), shown: lo, of };
}

function branchCount(roots: readonly DiagramNode[]): number {
  return roots.length === 1 && roots[0]!.children.length > 0 ? branchCount(roots[0]!.children) : roots.length;
}

function firstBranches(roots: readonly DiagramNode[], k: number): DiagramNode[] {
  if (roots.length === 1 && roots[0]!.children.length > 0)
    return [{ box: roots[0]!.box, children: firstBranches(roots[0]!.children, k) }];
  return roots.slice(0, k);
}
