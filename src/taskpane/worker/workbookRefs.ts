import type { WorkbookData } from "../../core/sheet";
import { REF_FIELDS } from "./jobTypes";
import type { DataRef, PaneJob } from "./paneJobs";
import { RecentKeys } from "./recentKeys";

/**
 * The client's side of the workbooks its worker holds ({@link HeldWorkbooks} there): one key per
 * workbook the pane has, and the keys the worker will hold once the jobs posted so far have run
 * ({@link RecentKeys}, touched in the same order), so a job on one of them posts only its key.
 * @example const refs = new WorkbookRefs(() => next++); worker.postMessage({ id, job: refs.slim(job) });
 */
export class WorkbookRefs {
  private readonly keys = new WeakMap<WorkbookData, number>();
  private readonly held = new RecentKeys<true>();

  /** @param newKey gives a key no workbook has had */
  constructor(private readonly newKey: () => number) {}

  /** A reference to `data` for a job: its key (a new one the first time) and its values. */
  ref(data: WorkbookData): DataRef {
    let key = this.keys.get(data);
    if (key === undefined) {
      key = this.newKey();
      this.keys.set(data, key);
    }
    return { key, data };
  }

  /** Names the values a read job gave by the key the worker holds them under. */
  name(data: WorkbookData, key: number): void {
    this.keys.set(data, key);
  }

  /** A read job under `key` is posted: the worker will hold what it reads. */
  holdRead(key: number): void {
    this.held.hold(key, true);
  }

  /** The worker refused the read under `key`: it holds nothing there. */
  forget(key: number): void {
    this.held.forget(key);
  }

  /** The worker is gone: it holds nothing. */
  clear(): void {
    this.held.clear();
  }

  /** The job as posted: each workbook the worker already holds left out; those it will hold recorded. */
  slim(job: PaneJob): PaneJob {
    const fields = REF_FIELDS[job.op];
    if (!fields) return job;
    const out: Record<string, unknown> = { ...job };
    for (const field of fields) {
      const ref = out[field] as DataRef;
      if (this.held.touch(ref.key)) out[field] = { key: ref.key };
      else this.held.hold(ref.key, true);
    }
    return out as PaneJob;
  }
}
