import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookData } from "../core/sheet";
import type { PaneHost } from "./host";
import type { PaneAction } from "./usePaneAction";
import type { ModelSummary } from "./worker/paneJobs";
import { paneWorker } from "./worker/workerClient";

export interface BuildModel {
  /** What the options need of the workbook read as a pohon kinerja; undefined until read. */
  readonly model: ModelSummary | undefined;
  /** The workbook read (the preview is drawn from it, in the pane's worker). */
  readonly data: WorkbookData | undefined;
  /** When it was read: the preview's time stamp, so the SVG stays the same between renders. */
  readonly readAt: Date;
  readonly reading: boolean;
  /** Reads the workbook again (inside Excel the user may have changed it since). */
  readonly read: () => Promise<void>;
}

/**
 * The workbook Buat previews and offers choices from. It is read when the tab opens and, outside
 * Office, again whenever the open workbook is replaced (`version`); the model is built in the
 * pane's worker. A read that finishes after a newer one started is dropped. A failure shows as
 * the pane's error message.
 * @param host where the workbook comes from
 * @param attempt the pane's runner for quick actions (shows a failure, no progress)
 * @param version changes when the workbook is replaced (outside Office)
 * @param ready false while there is nothing to read yet (the sample still loading)
 * @returns the model's summary, the values and a way to read them again
 * @example const { model, read } = useBuildModel(host, action.attempt, state.version, true);
 */
export function useBuildModel(
  host: PaneHost,
  attempt: PaneAction["attempt"],
  version: number,
  ready: boolean,
): BuildModel {
  const [state, setState] = useState<{ model?: ModelSummary; data?: WorkbookData; readAt: Date }>(() => ({
    readAt: new Date(),
  }));
  const [reading, setReading] = useState(false);
  const latest = useRef(0);
  const read = useCallback(async () => {
    const id = ++latest.current;
    setReading(true);
    try {
      await attempt(async () => {
        const data = await host.readWorkbook();
        const readAt = new Date();
        const model = await paneWorker.run({ op: "model", data: paneWorker.ref(data), now: readAt });
        if (id === latest.current) setState({ model, data, readAt });
      });
    } finally {
      if (id === latest.current) setReading(false);
    }
  }, [host, attempt]);
  useEffect(() => {
    if (ready) void read();
  }, [read, ready, version]);
  return { model: state.model, data: state.data, readAt: state.readAt, reading, read };
}
