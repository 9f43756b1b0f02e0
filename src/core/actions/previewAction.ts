import { diagramSelection, type DiagramOptions } from "../layout/diagramSelection";
import type { DiagramNode } from "../layout/selectBoxes";
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
}

/**
 * Buat's live preview and Ekspor SVG: the diagram of the choice as SVG, the selection computed once.
 * @param model the workbook read
 * @param request the user's choice (year, orientation, root, depth)
 * @param context language and the time stamp shown
 * @example diagramPreviewAction(model, { depth: 2 }, { lang: "id", now }).boxes
 */
export function diagramPreviewAction(
  model: Model,
  request: BuildRequest,
  context: ActionContext,
): DiagramPreview {
  const base = diagramOptions(model, request, context);
  const selection = diagramSelection(model, base);
  const options: DiagramOptions = { ...base, selection };
  return {
    svg: diagramSvg(model, options),
    boxes: countBoxes(selection.roots ?? []),
    ...(selection.problem ? { problem: problemOf("build.selection", selection.problem) } : {}),
  };
}

function countBoxes(roots: readonly DiagramNode[]): number {
  let boxes = 0;
  const stack = [...roots];
  while (stack.length > 0) {
    boxes++;
    stack.push(...stack.pop()!.children);
  }
  return boxes;
}
