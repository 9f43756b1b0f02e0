/// <reference lib="webworker" />
/**
 * The pane's Web Worker: runs {@link PaneJobs} off the UI thread. One message in
 * (`{ id, job }`), one out (`{ id, result }` or `{ id, error }`); a read's bytes arrive
 * transferred, and its values leave packed (see packedWorkbook.ts).
 */
import { isRefusal } from "../../adapters/xlsx/reader";
import { PaneJobs, type PaneJob } from "./paneJobs";
import { packWorkbook } from "./packedWorkbook";

const jobs = new PaneJobs();
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<{ id: number; job: PaneJob }>) => {
  const { id, job } = event.data;
  try {
    if (job.op !== "read") {
      scope.postMessage({ id, result: jobs.run(job) });
      return;
    }
    const read = jobs.run(job);
    scope.postMessage({ id, result: isRefusal(read) ? read : { ...read, data: packWorkbook(read.data) } });
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
