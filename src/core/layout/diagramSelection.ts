import type { Model } from "../model/buildModel";
import type { Lang } from "../messages";
import { shownYear } from "../model/shownYear";
import { buildBoxes } from "./boxes";
import type { DiagramMarks } from "./boxMarks";
import { selectBoxes, type Selection } from "./selectBoxes";

/** What a user chooses for a diagram (SPEC §8: year, orientation, subtree, depth). */
export interface DiagramOptions {
  /** The year whose targets are shown; defaults to the model's Tahun Laporan. */
  readonly year?: number;
  readonly orientation: "down" | "right";
  readonly root?: string;
  readonly depth?: number;
  readonly lang: Lang;
  /** Shown on the generated line; never read from the clock inside the core. */
  readonly generatedAt: Date;
  /**
   * The selection already computed for these options (by the build or preview action), so the
   * generators do not compute it again.
   */
  readonly selection?: Selection;
  /** Diff marks after a comparison (Bandingkan, `pokin build --diff`); none by default. */
  readonly marks?: DiagramMarks;
}

/**
 * The statement boxes a diagram draws: boxes of the model, filtered by root and depth.
 * @param model the pohon kinerja
 * @param options the diagram options
 * @returns the trees, or a bilingual problem (unknown Kode, bad depth)
 * @example diagramSelection(model, { orientation: "down", lang: "id", generatedAt }).roots?.length
 */
export function diagramSelection(model: Model, options: DiagramOptions): Selection {
  if (options.selection) return options.selection;
  const year = shownYear(model.settings, options.year);
  const boxes = buildBoxes(model, {
    year,
    lang: options.lang,
    ...(options.marks ? { marks: options.marks } : {}),
  });
  return selectBoxes(boxes, { root: options.root, depth: options.depth });
}
