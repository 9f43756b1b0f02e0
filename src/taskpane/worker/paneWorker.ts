/// <reference lib="webworker" />
/**
 * The pane's Web Worker: runs {@link PaneJobs} off the UI thread. One message in
 * (`{ id, job }`), one out (`{ id, result }` or `{ id, error }`); a read's bytes arrive transferred.
 */
import { PaneJobs, type PaneJob } from "./paneJobs";

const jobs = new PaneJobs();
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<{ id: number; job: PaneJob }>) => {
  const { id, job } = event.data;
  try {
    scope.postMessage({ id, result: jobs.run(job) });
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
