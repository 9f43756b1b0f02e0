import { diagramSelection, type DiagramOptions } from "../layout/diagramSelection";
import { pruned } from "../layout/fitDiagram";
import type { DiagramNode, Selection } from "../layout/selectBoxes";
import type { Msg } from "../messages";
import type { Model } from "../model/buildModel";
import { diagramSvg } from "../svg/diagramSvg";
import type { BuildRequest } from "./buildChoice";
import { diagramOptions } from "./buildAction";
import type { ActionContext } from "./checkAction";
import { problemOf, type Problem } from "./problem";

export interface DiagramPreview {
  /** The diagram as SVG (what Ekspor SVG saves); a problem is written into it as text. */
  readonly svg: string;
  /** How many statement boxes it draws. */
  readonly boxes: number;
  readonly problem?: Problem;
  /**
   * Set when the preview draws fewer levels than asked (a large tree, SPEC §8 / issue 11 §7):
   * how many, and one sentence saying what is shown.
   */
  readonly limited?: { readonly depth: number; readonly notice: Msg };
}

/** The most boxes a preview draws when the caller does not say: more is unreadable at pane width. */
export const PREVIEW_MAX_BOXES = 150;

/**
 * Buat's live preview and Ekspor SVG: the diagram of the choice as SVG, the selection computed once.
 * With `maxBoxes`, a tree with more boxes is previewed to the deepest level that stays within
 * it (at least the top level), and `limited` says so.
 * @param model the workbook read
 * @param request the user's choice (year, orientation, root, depth)
 * @param context language and the time stamp shown
 * @param limit the most boxes to draw (the pane's preview); none for Ekspor SVG's whole diagram
 * @example diagramPreviewAction(model, { depth: 2 }, { lang: "id", now }).boxes
 */
export function diagramPreviewAction(
  model: Model,
  request: BuildRequest,
  context: ActionContext,
  limit: { readonly maxBoxes?: number } = {},
): DiagramPreview {
  const base = diagramOptions(model, request, context);
  const full = diagramSelection(model, base);
  const perLevel = boxesPerLevel(full.roots ?? []);
  const depth = fittingDepth(perLevel, limit.maxBoxes ?? Infinity);
  const selection: Selection =
    full.roots && depth < perLevel.length ? { roots: pruned(full.roots, depth) } : full;
  const options: DiagramOptions = { ...base, selection };
  return {
    svg: diagramSvg(model, options),
    boxes: perLevel.slice(0, depth).reduce((a, b) => a + b, 0),
    ...(full.problem ? { problem: problemOf("build.selection", full.problem) } : {}),
    ...(depth < perLevel.length
      ? { limited: { depth, notice: limitedNotice(depth, request.root !== undefined) } }
      : {}),
  };
}

/** How many boxes each level of the drawn trees holds, from the top. */
function boxesPerLevel(roots: readonly DiagramNode[]): number[] {
  const counts: number[] = [];
  let level: readonly DiagramNode[] = roots;
  while (level.length > 0) {
    counts.push(level.length);
    level = level.flatMap((n) => n.children);
  }
  return counts;
}

/** The most top levels whose boxes stay within `max` (at least 1 when there is any). */
function fittingDepth(perLevel: readonly number[], max: number): number {
  let depth = 0;
  let total = 0;
  for (const count of perLevel) {
    total += count;
    if (total > max && depth > 0) break;
    depth++;
  }
  return depth;
}

function limitedNotice(depth: number, subtree: boolean): Msg {
  const deeper = subtree
    ? ["pilih cabang yang lebih kecil atau kurangi Kedalaman", "pick a smaller branch or lower Depth"]
    : ["pilih satu cabang untuk melihat lebih dalam", "pick one branch to see deeper"];
  return depth === 1
    ? {
        id: `Pratinjau hanya menampilkan tingkat teratas; ${deeper[0]}.`,
        en: `The preview shows only the top level; ${deeper[1]}.`,
      }
    : {
        id: `Pratinjau menampilkan ${depth} tingkat teratas; ${deeper[0]}.`,
        en: `The preview shows the top ${depth} levels; ${deeper[1]}.`,
      };
}
