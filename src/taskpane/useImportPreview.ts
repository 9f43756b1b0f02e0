import { useEffect, useRef, useState } from "react";
import type { PaneHost } from "./host";
import type { ImportPreviewed, ImportRequest } from "./importHost";
import type { PaneAction } from "./usePaneAction";

export interface ImportPreviewState {
  /** The last preview read; undefined before the first one (or after `clear`). */
  readonly previewed: ImportPreviewed | undefined;
  /** True while a preview is being read. */
  readonly previewing: boolean;
  /** Forgets the shown preview (a new source was chosen). */
  readonly clear: () => void;
}

/**
 * The preview of an import, read again whenever the request changes or, outside Office, the
 * open workbook is replaced (`version`); a read that finishes after a newer one started is
 * dropped. A failure shows as the pane's error message.
 * @param host where the workbook comes from
 * @param attempt the pane's runner for quick actions (shows a failure, no progress)
 * @param request what to preview; undefined when there is no source
 * @param version changes when the workbook is replaced (outside Office)
 * @returns the preview and whether one is being read
 * @example const { previewed, previewing } = useImportPreview(host, action.attempt, request, version);
 */
export function useImportPreview(
  host: PaneHost,
  attempt: PaneAction["attempt"],
  request: ImportRequest | undefined,
  version: number,
): ImportPreviewState {
  const [previewed, setPreviewed] = useState<ImportPreviewed>();
  const [previewing, setPreviewing] = useState(false);
  const latest = useRef(0);
  useEffect(() => {
    if (!request) return;
    const id = ++latest.current;
    setPreviewing(true);
    void attempt(async () => {
      const result = await host.previewImport(request);
      if (id === latest.current) setPreviewed(result);
    }).finally(() => {
      if (id === latest.current) setPreviewing(false);
    });
  }, [request, host, attempt, version]);
  return { previewed, previewing, clear: () => setPreviewed(undefined) };
}
