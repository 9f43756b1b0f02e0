import { diagramSelection, type DiagramOptions } from "../layout/diagramSelection";
import { pruned } from "../layout/fitDiagram";
import type { DiagramNode, Selection } from "../layout/selectBoxes";
import type { Msg } from "../messages";
import type { Model } from "../model/buildModel";
import { diagramSvg } from "../svg/diagramSvg";
import type { BuildRequest } from "./buildChoice";
import { diagramOptions } from "./buildAction";
import type { ActionContext } from "./checkAction";
import { previewBranches, type PreviewBranches } from "./previewBranches";
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
  readonly limited?: {
    readonly depth: number;
    /** Set when only the first branches are drawn, too many to read side by side: how many of how many. */
    readonly branches?: { readonly shown: number; readonly of: number };
    readonly notice: Msg;
  };
}

/** The most boxes a preview draws when the caller does not say: more is unreadable at pane width. */
export const PREVIEW_MAX_BOXES = 150;

/**
 * Buat's live preview and Ekspor SVG: the diagram of the choice as SVG, the selection computed once.
 * With `maxBoxes`, a tree with more boxes is previewed to the deepest level that stays within
 * it (at least the top level), and of those levels only the first branches that fit the pane at
 * a readable zoom (previewBranches, at least MIN_PREVIEW_ZOOM); `limited` says so.
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
  const cut = full.roots && depth < perLevel.length ? pruned(full.roots, depth) : full.roots;
  // A tree too large to preview whole: of the levels that fit, the first branches that can be read.
  const branches = cut && depth < perLevel.length ? previewBranches(cut, base.orientation) : undefined;
  const selection: Selection = branches
    ? { roots: branches.roots }
    : cut === full.roots
      ? full
      : { roots: cut! };
  const options: DiagramOptions = { ...base, selection };
  return {
    svg: diagramSvg(model, options),
    boxes: branches ? countBoxes(branches.roots) : perLevel.slice(0, depth).reduce((a, b) => a + b, 0),
    ...(full.problem ? { problem: problemOf("build.selection", full.problem) } : {}),
    ...(depth < perLevel.length
      ? {
          limited: {
            depth,
            ...(branches ? { branches: { shown: branches.shown, of: branches.of } } : {}),
            notice: limitedNotice(
              depth < perLevel.length ? depth : undefined,
              branches,
              request.root !== undefined,
            ),
          },
        }
      : {}),
  };
}

function countBoxes(roots: readonly DiagramNode[]): number {
  return roots.reduce((n, r) => n + 1 + countBoxes(r.children), 0);
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

/** One sentence: which part the preview shows (levels cut to `depth`, the first branches) and how to see the rest. */
function limitedNotice(
  depth: number | undefined,
  branches: PreviewBranches | undefined,
  subtree: boolean,
): Msg {
  if (branches) {
    const one = branches.shown === 1;
    const hint = subtree
      ? ["pilih cabang yang lebih kecil atau kurangi Kedalaman", "pick a smaller branch or lower Depth"]
      : ["pilih satu cabang (Kode) untuk melihat yang lain", "pick one branch (Kode) to see the others"];
    const levels =
      depth === 1
        ? [", hanya tingkat teratas", ", only the top level"]
        : [`, ${depth} tingkat teratas`, `, the top ${depth} levels`];
    return {
      id: `Pratinjau menampilkan ${one ? "cabang pertama" : `${branches.shown} cabang pertama`} dari ${branches.of}${levels[0]}; ${hint[0]}.`,
      en: `The preview shows the first ${one ? "" : `${branches.shown} `}of ${branches.of} branches${levels[1]}; ${hint[1]}.`,
    };
  }
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
