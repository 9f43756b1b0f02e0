import type { WorkbookData } from "../../core/sheet";
import { PaneJobs, type DataRef, type JobResults, type PaneJob } from "./paneJobs";
import { isPacked, unpackWorkbook, type PackedWorkbook } from "./packedWorkbook";
import { joinCheck, type CheckHead } from "./checkParts";
import { WorkbookRefs } from "./workbookRefs";

type Pending = {
  job: PaneJob;
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
  /** A check's lists, as they arrive in parts before its head. */
  parts?: unknown[][];
};

/** A message from the worker: a part of a result, or the result (its head when `parts`), or why not. */
type Reply = { id: number; part?: unknown[]; result?: unknown; parts?: true; error?: string };

/**
 * Runs the pane's heavy jobs in a Web Worker, one at a time in order, so the pane stays
 * responsive. Where `Worker` is missing or the worker cannot start, the same jobs run on the
 * main thread (after a yield, so a progress indicator paints first). The worker keeps the last
 * few workbooks it saw ({@link WorkbookRefs} knows which): a job on one of them sends only its
 * key, and a file read in the worker stays there (its values come back packed, parsed on the
 * main thread only if something there reads them).
 */
export class WorkerClient {
  private worker: Promise<Worker | undefined> | undefined;
  private local: PaneJobs | undefined;
  private readonly pending = new Map<number, Pending>();
  private next = 1;
  private readonly refs = new WorkbookRefs(() => this.next++);

  /** Reads an .xlsx file's bytes with Pokin's reader (a copy goes to the worker; the caller keeps them). */
  read(bytes: ArrayBuffer): Promise<JobResults["read"]> {
    const key = this.next++;
    return this.send({ op: "read", key, bytes }).then((read) => {
      if ("refused" in read) {
        this.refs.forget(key);
        return read;
      }
      const raw = read.data as WorkbookData | PackedWorkbook;
      const data = isPacked(raw) ? unpackWorkbook(raw) : raw;
      this.refs.name(data, key);
      return { ...read, data };
    });
  }

  /** A reference to `data` for a job: only its key when the worker holds it already. */
  ref(data: WorkbookData): DataRef {
    return this.refs.ref(data);
  }

  /** Runs one job and resolves with its answer; rejects when the job failed. */
  run<J extends PaneJob>(job: J): Promise<JobResults[J["op"]]> {
    return this.send(job);
  }

  private send<J extends PaneJob>(job: J): Promise<JobResults[J["op"]]> {
    return new Promise((resolve, reject) => {
      const id = this.next++;
      this.pending.set(id, { job, resolve: resolve as (v: unknown) => void, reject });
      void this.start().then((worker) => {
        if (!this.pending.has(id)) return;
        if (!worker) this.runLocally(id);
        else if (job.op === "read") {
          // A copy, transferred: the pending job keeps the original should the worker fail.
          const bytes = job.bytes.slice(0);
          this.refs.holdRead(job.key);
          worker.postMessage({ id, job: { ...job, bytes } }, [bytes]);
        } else worker.postMessage({ id, job: this.refs.slim(job) });
      });
    });
  }

  private runLocally(id: number): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    // A macrotask first: the progress indicator paints before the (synchronous) work.
    setTimeout(() => {
      this.pending.delete(id);
      try {
        this.local ??= new PaneJobs();
        entry.resolve(this.local.run(entry.job));
      } catch (err) {
        entry.reject(err instanceof Error ? err : new Error(String(err)));
      }
    }, 0);
  }

  private start(): Promise<Worker | undefined> {
    this.worker ??= (async () => {
      if (typeof Worker === "undefined") return undefined;
      try {
        const { spawnPaneWorker } = await import(/* webpackMode: "eager" */ "./spawnWorker");
        const worker = spawnPaneWorker();
        worker.onmessage = (e: MessageEvent<Reply>) => this.receive(e.data);
        worker.onerror = (e) => {
          // The worker could not start (or died): everything waiting runs here instead.
          e.preventDefault();
          this.fallBack();
        };
        return worker;
      } catch {
        return undefined;
      }
    })();
    return this.worker;
  }

  private receive(reply: Reply): void {
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    if (reply.part) {
      (entry.parts ??= []).push(reply.part);
      return;
    }
    this.pending.delete(reply.id);
    if (reply.error !== undefined) entry.reject(new Error(reply.error));
    else if (reply.parts) entry.resolve(joinCheck(reply.result as CheckHead, entry.parts ?? []));
    else entry.resolve(reply.result);
  }

  private fallBack(): void {
    this.worker = Promise.resolve(undefined);
    this.refs.clear();
    // Each pending job still holds its whole workbooks (only the message was slimmed).
    for (const [id, entry] of this.pending) {
      delete entry.parts;
      this.runLocally(id);
    }
  }
}

/** The pane's one worker client. */
export const paneWorker = new WorkerClient();
