import { isRefusal } from "../../adapters/xlsx/reader";
import { splitCheck } from "./checkParts";
import { packWorkbook } from "./packedWorkbook";
import type { PaneJob } from "./jobTypes";
import type { PaneJobs } from "./paneJobs";

/**
 * Runs one job the way the pane's worker answers it: one message `{ id, result }` (or
 * `{ id, error }`); a read's values packed (packedWorkbook.ts); a check's lists first in parts
 * (`{ id, part }`, checkParts.ts), then its head (`{ id, result, parts: true }`).
 * @param jobs the worker's jobs (and the workbooks they hold)
 * @param message the job and its id
 * @param post sends one message to the main thread
 * @example answerJob(jobs, event.data, (m) => self.postMessage(m));
 */
export function answerJob(
  jobs: PaneJobs,
  message: { readonly id: number; readonly job: PaneJob },
  post: (reply: unknown) => void,
): void {
  const { id, job } = message;
  try {
    if (job.op === "read") {
      const read = jobs.run(job);
      post({ id, result: isRefusal(read) ? read : { ...read, data: packWorkbook(read.data) } });
    } else if (job.op === "check") {
      const [head, parts] = splitCheck(jobs.run(job));
      for (const part of parts) post({ id, part });
      post({ id, result: head, parts: true });
    } else post({ id, result: jobs.run(job) });
  } catch (err) {
    post({ id, error: err instanceof Error ? err.message : String(err) });
  }
}
