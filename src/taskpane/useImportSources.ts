import { useCallback, useEffect, useState } from "react";
import type { PaneHost } from "./host";
import type { ImportSources } from "./importHost";
import type { PaneAction } from "./usePaneAction";

/** The source value meaning "the current selection" (inside Excel). */
export const SELECTION = "\u0000selection";

export interface ImportSourceChoice {
  /** The sheets (and the selection, inside Excel) a template can come from; undefined until read. */
  readonly sources: ImportSources | undefined;
  /** The chosen sheet name, or SELECTION; undefined when there is nothing to choose. */
  readonly source: string | undefined;
  readonly setSource: (source: string) => void;
  /** Reads the sources again (the user may have added a sheet or moved the selection). */
  readonly loadSources: () => Promise<void>;
}

/**
 * Where Impor reads a template from. The sources are read when the pane is ready and, outside
 * Office, again whenever the open workbook is replaced (`version`); the chosen source is kept
 * while it still exists, else the first sheet (or the selection) is chosen.
 * @param host where the workbook comes from
 * @param attempt the pane's runner for quick actions (shows a failure, no progress)
 * @param version changes when the workbook is replaced (outside Office)
 * @param ready false while there is nothing to read yet (the sample still loading)
 * @returns the sources, the choice and a way to read them again
 * @example const { sources, source, setSource } = useImportSources(host, action.attempt, version, ready);
 */
export function useImportSources(
  host: PaneHost,
  attempt: PaneAction["attempt"],
  version: number,
  ready: boolean,
): ImportSourceChoice {
  const [sources, setSources] = useState<ImportSources>();
  const [source, setSource] = useState<string>();
  const loadSources = useCallback(async () => {
    await attempt(async () => {
      const found = await host.importSources();
      setSources(found);
      setSource((old) =>
        old !== undefined && (old === SELECTION || found.sheets.includes(old))
          ? old
          : (found.sheets[0] ?? (found.selection ? SELECTION : undefined)),
      );
    });
  }, [host, attempt]);
  useEffect(() => {
    // Outside Office the sources follow the open workbook (`version`).
    if (ready) void loadSources();
  }, [ready, version, loadSources]);
  return { sources, source, setSource, loadSources };
}
