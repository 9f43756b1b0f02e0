import { buildModel, type Model } from "../../core/model/buildModel";
import type { WorkbookData } from "../../core/sheet";
import type { DataRef } from "./jobTypes";
import { RecentKeys } from "./recentKeys";

interface Held {
  readonly data: WorkbookData;
  model?: { readonly at: number; readonly model: Model };
}

/**
 * The workbooks the worker holds by key (a few, most recent kept), each with its model for
 * the last "now" it was built for, so a check, a preview or a diff sends only a key.
 */
export class HeldWorkbooks {
  private readonly held = new RecentKeys<Held>();

  /** Keeps a workbook read in the worker. */
  hold(key: number, data: WorkbookData): void {
    this.held.hold(key, { data });
  }

  /** The values `ref` names; throws only on a bug (the client sends them unless held). */
  data(ref: DataRef): WorkbookData {
    return this.entry(ref).data;
  }

  /** The model of `ref`'s values as of `now`, built once per workbook and "now". */
  model(ref: DataRef, now: Date): Model {
    const held = this.entry(ref);
    if (held.model?.at !== now.getTime())
      held.model = { at: now.getTime(), model: buildModel(held.data, { now }) };
    return held.model.model;
  }

  private entry(ref: DataRef): Held {
    if (ref.data) return this.held.hold(ref.key, { data: ref.data });
    const held = this.held.touch(ref.key);
    if (!held) throw new Error(`workbook ${ref.key} is not held`);
    return held;
  }
}
