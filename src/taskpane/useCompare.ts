import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { DiagramPreview } from "../core/actions";
import { changeText } from "../core/diff/changeText";
import type { Change } from "../core/diff/types";
import type { Lang } from "../core/messages";
import type { WorkbookData } from "../core/sheet";
import type { PaneHost } from "./host";
import { PaneError } from "./hosts/paneError";
import { readPicked } from "./hosts/pickedFiles";
import type { CompareDone } from "./pemdaHost";
import { paneWorker } from "./worker/workerClient";

/** Bandingkan's state: the earlier version, what changed, and the diagram with its marks. */
export interface CompareState {
  readonly oldName: string | undefined;
  readonly done: CompareDone | undefined;
  /** Each change's sentence in the display language, by change (re-worded when it changes). */
  readonly sentences: ReadonlyMap<Change, string>;
  /** The open workbook's diagram, its added, moved and changed boxes marked. */
  readonly diagram: DiagramPreview | undefined;
  /** Reads the picked file and compares (run it through the pane's action runner). */
  readonly compare: (file: File) => Promise<void>;
  /** Writes the `Perubahan` sheet for the same earlier version. */
  readonly write: () => Promise<void>;
}

/**
 * Bandingkan's state and actions. A new workbook (`version`, outside Office) drops the result,
 * except the one Perubahan's own write makes. The diff and the marked diagram are computed in
 * the pane's worker (the hosts send it the two workbooks' keys).
 * @example const compare = useCompare(host, "id", state.version);
 */
export function useCompare(host: PaneHost, lang: Lang, version: number): CompareState {
  const [old, setOld] = useState<{ name: string; data: WorkbookData }>();
  const [done, setDone] = useState<CompareDone>();
  const ownWrite = useRef(false);
  useEffect(() => {
    if (ownWrite.current) ownWrite.current = false;
    else setDone(undefined);
  }, [version]);

  const compare = useCallback(
    async (file: File) => {
      const picked = await readPicked(file);
      if ("failure" in picked) throw new PaneError(picked.failure);
      setOld({ name: picked.name, data: picked.data });
      setDone(await host.compare({ old: picked.data, oldName: picked.name, write: false }, lang));
    },
    [host, lang],
  );
  const write = useCallback(async () => {
    if (!old) return;
    ownWrite.current = host.kind === "browser";
    setDone(await host.compare({ old: old.data, oldName: old.name, write: true }, lang));
  }, [host, lang, old]);

  // Worded here, not by the comparison: a later language switch re-words every sentence.
  const sentences = useMemo(
    () => new Map((done?.changes ?? []).map((c, i) => [c, changeText(c, lang, done?.rows[i])])),
    [done, lang],
  );
  const [drawn, setDrawn] = useState<{ done: CompareDone; preview: DiagramPreview }>();
  useEffect(() => {
    if (!done) return;
    let stale = false;
    const { workbook, changes } = done;
    const job = {
      op: "diffPreview",
      data: paneWorker.ref(workbook),
      changes,
      lang,
      now: new Date(),
    } as const;
    paneWorker.run(job).then(
      (preview) => stale || setDrawn({ done, preview }),
      () => stale || setDrawn(undefined),
    );
    return () => {
      stale = true;
    };
  }, [done, lang]);
  // Until a language switch's new diagram arrives, the one drawn for the same result stays.
  const diagram = done && drawn?.done === done ? drawn.preview : undefined;
  return { oldName: old?.name, done, sentences, diagram, compare, write };
}
