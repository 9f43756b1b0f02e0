import { useCallback, useState } from "react";
import type { Lang } from "../core/messages";
import type { PaneHost } from "./host";
import { readPicked, samplePicks } from "./hosts/pickedFiles";
import type { GabungDone, PickedWorkbook } from "./pemdaHost";

/** Gabung's state: the picked OPD workbooks and what the last consolidation did. */
export interface GabungState {
  readonly picked: readonly PickedWorkbook[];
  readonly done: GabungDone | undefined;
  /** Reads the files the user picked (they replace the earlier choice). */
  readonly pick: (files: readonly File[]) => Promise<void>;
  /** Picks the three sample OPDs (the Banjarnegara sample and two invented ones). */
  readonly pickSamples: () => void;
  /** Consolidates the picked workbooks (run it through the pane's action runner). */
  readonly gabung: () => Promise<void>;
}

/**
 * Gabung's state and actions.
 * @example const gabung = useGabung(host, "id");
 */
export function useGabung(host: PaneHost, lang: Lang): GabungState {
  const [picked, setPicked] = useState<readonly PickedWorkbook[]>([]);
  const [done, setDone] = useState<GabungDone>();
  const pick = useCallback(async (files: readonly File[]) => {
    setDone(undefined);
    setPicked(await Promise.all(files.map(readPicked)));
  }, []);
  const pickSamples = useCallback(() => {
    setDone(undefined);
    setPicked(samplePicks(lang));
  }, [lang]);
  const gabung = useCallback(async () => {
    setDone(undefined);
    // The hosts check and consolidate the files in the pane's worker (off the UI thread).
    setDone(await host.gabung(picked, lang));
  }, [host, lang, picked]);
  return { picked, done, pick, pickSamples, gabung };
}
