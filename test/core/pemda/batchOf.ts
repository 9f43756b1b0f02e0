import { MemoryWorkbook } from "../../../src/adapters/memory";
import type { ContentRow, TreeContent } from "../../../src/core/model/content";
import { buildModel } from "../../../src/core/model/buildModel";
import { summariseFile } from "../../../src/core/pemda/summariseFile";
import type { OpdFile } from "../../../src/core/pemda/types";
import { templatePlan } from "../../../src/core/plans/templatePlan";
import { checkModel } from "../../../src/core/rules/runChecks";
import type { WorkbookData } from "../../../src/core/sheet";

/** A tree's content as the values of the workbook `pokin init` would write. */
export function dataOf(content: TreeContent): WorkbookData {
  const wb = new MemoryWorkbook();
  wb.apply(templatePlan(content, "id"));
  return wb.toData();
}

/** A tree's content read and checked as one file of a batch. */
export function opdOf(content: TreeContent, file: string): OpdFile {
  const model = buildModel(dataOf(content), { now: new Date(2026, 5, 1) });
  return summariseFile(model, checkModel(model), file);
}

/** The content with one row (by Kode) changed, or removed when `patch` is null. */
export function edit(content: TreeContent, kode: string, patch: Partial<ContentRow> | null): TreeContent {
  return {
    ...content,
    levels: content.levels.map((l) => ({
      ...l,
      rows: l.rows.flatMap((r) => (r.kode !== kode ? [r] : patch === null ? [] : [{ ...r, ...patch }])),
    })),
  };
}

/** The content with a row added at a level. */
export function addRow(content: TreeContent, level: number, row: ContentRow): TreeContent {
  return {
    ...content,
    levels: content.levels.map((l, i) => (i === level ? { ...l, rows: [...l.rows, row] } : l)),
  };
}

/** The content with one Pengaturan key set. */
export function setting(content: TreeContent, key: string, value: string | number): TreeContent {
  return {
    ...content,
    settings: [...content.settings.filter(([k]) => k !== key), [key, value]],
  };
}
