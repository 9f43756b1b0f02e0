/// <reference lib="webworker" />
/**
 * The pane's Web Worker: runs {@link PaneJobs} off the UI thread, one message in (`{ id, job }`),
 * answered as {@link answerJob} says; a read's bytes arrive transferred.
 */
import { answerJob } from "./answerJob";
import { PaneJobs, type PaneJob } from "./paneJobs";

const jobs = new PaneJobs();
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<{ id: number; job: PaneJob }>) =>
  answerJob(jobs, event.data, (reply) => scope.postMessage(reply));
