import { useEffect, useRef, useState } from "react";
import type { DiagramPreview } from "../core/actions";
import type { Lang } from "../core/messages";
import type { WorkbookData } from "../core/sheet";
import type { BuildChoiceState } from "./useBuildChoice";
import { paneWorker } from "./worker/workerClient";

/** Buat's preview and whether a newer one is being drawn. */
export interface PreviewState {
  /** The latest preview drawn (kept while the next one is drawn, so the pane does not jump). */
  readonly diagram: DiagramPreview | undefined;
  /** True while a preview for the current choice is being drawn in the worker. */
  readonly drawing: boolean;
}

/**
 * Buat's live preview, drawn in the pane's worker from the workbook read: on a large tree only
 * the levels that fit (the preview says which). Only the newest choice's preview is shown.
 * @param data the workbook read (undefined before)
 * @param readAt its time stamp
 * @param choice the user's choice
 * @param lang the display language
 * @example const { diagram, drawing } = useDiagramPreview(data, readAt, choice, "id");
 */
export function useDiagramPreview(
  data: WorkbookData | undefined,
  readAt: Date,
  choice: BuildChoiceState,
  lang: Lang,
): PreviewState {
  const [diagram, setDiagram] = useState<DiagramPreview>();
  const [drawing, setDrawing] = useState(false);
  const latest = useRef(0);
  const { year, orientation, root, depth } = choice;
  useEffect(() => {
    if (!data) return;
    const id = ++latest.current;
    setDrawing(true);
    // Options changed in a burst (typing a Kode) ask for one preview: the last.
    const timer = setTimeout(() => {
      const request = { year, orientation, root, depth };
      void paneWorker
        .run({ op: "preview", data: paneWorker.ref(data), request, lang, now: readAt })
        .then(
          (next) => {
            if (id === latest.current) setDiagram(next);
          },
          () => undefined,
        )
        .finally(() => {
          if (id === latest.current) setDrawing(false);
        });
    }, 50);
    return () => clearTimeout(timer);
  }, [data, readAt, year, orientation, root, depth, lang]);
  return { diagram: data ? diagram : undefined, drawing };
}
