import type { Lang } from "../../core/messages";
import { checkAcross } from "../../core/pemda/checkAcross";
import type { Batch, FileFinding, OpdFile } from "../../core/pemda/types";
import type { SheetData } from "../../core/sheet";
import type { BatchFile } from "./batchReport";
import type { FileResult } from "./checkOneFile";
import { runFiles } from "./filePool";

/** A readable workbook of the batch, with what its worker sent back. */
export interface ReadFile {
  readonly summary: OpdFile;
  readonly sheets?: readonly SheetData[];
}

/** The outcome of reading and checking a batch. */
export interface BatchOutcome {
  readonly files: readonly BatchFile[];
  readonly opds: readonly ReadFile[];
  readonly rpd?: ReadFile;
  /** Every finding: each file's own, then the cross-workbook ones, files in the order given (RPD first). */
  readonly findings: readonly FileFinding[];
  /** The cross-workbook findings alone. */
  readonly cross: readonly FileFinding[];
  /** Files that could be read. */
  readonly readable: number;
}

export interface BatchOptions {
  readonly lang: Lang;
  readonly rpd?: string;
  readonly withSheets: boolean;
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
  const jobs = [
    ...(rpd !== undefined ? [{ file: rpd, role: "rpd" as const, lang, withSheets }] : []),
    ...files.map((file) => ({ file, role: "opd" as const, lang, withSheets })),
  ];
  const own = (r: FileResult): FileFinding[] =>
    "failure" in r
      ? []
      : r.findings.map((f) => ({
          file: r.file,
          ...(r.summary.perangkatDaerah ? { opd: r.summary.perangkatDaerah } : {}),
          ...f,
        }));
  const results = await runFiles(jobs, (r) => options.onFindings?.(own(r)));
  const readFile = (r: FileResult): ReadFile | undefined =>
    "failure" in r ? undefined : { summary: r.summary, ...(r.sheets ? { sheets: r.sheets } : {}) };
  const rpdResult = rpd !== undefined ? results[0] : undefined;
  const opdResults = rpd !== undefined ? results.slice(1) : results;
  const rpdFile = rpdResult ? readFile(rpdResult) : undefined;
  const opds = opdResults.map(readFile).filter((r): r is ReadFile => r !== undefined);
  const batch: Batch = {
    opds: opds.map((o) => o.summary),
    ...(rpdFile ? { rpd: rpdFile.summary } : {}),
    unreadable: results.flatMap((r) => ("failure" in r ? [{ file: r.file, message: r.failure }] : [])),
  };
  const cross = checkAcross(batch, lang);
  const findings: FileFinding[] = [];
  for (const r of results) findings.push(...own(r), ...cross.filter((f) => f.file === r.file));
  return {
    files: results.map((r) => ({
      file: r.file,
      opd: "failure" in r ? "" : r.summary.perangkatDaerah,
      rpd: r.role === "rpd",
      readable: !("failure" in r),
    })),
    opds,
    ...(rpdFile ? { rpd: rpdFile } : {}),
    findings,
    cross,
    readable: results.filter((r) => !("failure" in r)).length,
  };
}
