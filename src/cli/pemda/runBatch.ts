import { batchAction, ownFindings, type BatchOutcome, type ReadFile } from "../../core/actions/batchAction";
import type { Lang } from "../../core/messages";
import type { FileFinding } from "../../core/pemda/types";
import { runFiles } from "./filePool";

export type { BatchOutcome, ReadFile };

export interface BatchOptions {
  readonly lang: Lang;
  readonly rpd?: string;
  readonly withSheets: boolean;
  /** Keep the findings `Catatan Reviu` excepts, marked (`--all`). */
  readonly all?: boolean;
  /** Each file's own findings, as soon as its file is done (for `--format jsonl`). */
  readonly onFindings?: (findings: readonly FileFinding[]) => void;
}

/**
 * Reads and checks every file of a batch in parallel, then runs the cross-workbook rules
 * (SPEC §11). Never rejects for a bad file: it becomes a POKIN040 finding.
 * @param files the OPD workbooks, in the order given
 * @param options language, the RPD workbook, whether gabung needs the level values
 * @returns the files, their summaries and every finding
 * @example const { findings } = await runBatch(["a.xlsx", "b.xlsx"], { lang: "id", withSheets: false });
 */
export async function runBatch(files: readonly string[], options: BatchOptions): Promise<BatchOutcome> {
  const { lang, rpd, withSheets } = options;
  const all = options.all ? { all: true } : {};
  const jobs = [
    ...(rpd !== undefined ? [{ file: rpd, role: "rpd" as const, lang, withSheets, ...all }] : []),
    ...files.map((file) => ({ file, role: "opd" as const, lang, withSheets, ...all })),
  ];
  const results = await runFiles(jobs, (r) => options.onFindings?.(ownFindings(r)));
  return batchAction(results, lang);
}
