import type { Lang } from "../messages";
import { checkAcross } from "../pemda/checkAcross";
import type { Batch, FileFinding } from "../pemda/types";
import { failsCheck } from "../review/reviewedCheck";
import type { BatchOutcome, FileResult, ReadFile } from "./batchTypes";

export type { BatchFile, BatchOutcome, FileJob, FileResult, ReadFile } from "./batchTypes";
export { cannotCheck, checkFileAction } from "./checkFileAction";

/**
 * The check across workbooks (SPEC §11) once every file is checked: the cross-workbook rules
 * POKIN040–046 and every finding in order, each with its file (and OPD).
 * @param results each file's result, in the order given (the RPD first when there is one)
 * @param lang the language of the cross-workbook messages
 * @returns the batch's files, readable workbooks and findings
 * @example batchAction([checkFileAction(a, jobA), checkFileAction(b, jobB)], "id").cross
 */
export function batchAction(results: readonly FileResult[], lang: Lang): BatchOutcome {
  const readFile = (r: FileResult): ReadFile | undefined =>
    "failure" in r ? undefined : { summary: r.summary, ...(r.sheets ? { sheets: r.sheets } : {}) };
  const rpdResult = results.find((r) => r.role === "rpd");
  const rpd = rpdResult ? readFile(rpdResult) : undefined;
  const opds = results
    .filter((r) => r.role === "opd")
    .map(readFile)
    .filter((r): r is ReadFile => r !== undefined);
  const batch: Batch = {
    opds: opds.map((o) => o.summary),
    ...(rpd ? { rpd: rpd.summary } : {}),
    unreadable: results.flatMap((r) => ("failure" in r ? [{ file: r.file, message: r.failure }] : [])),
  };
  const cross = checkAcross(batch, lang);
  const findings: FileFinding[] = [];
  for (const r of results) findings.push(...ownFindings(r), ...cross.filter((f) => f.file === r.file));
  return {
    files: results.map((r) => ({
      file: r.file,
      opd: "failure" in r ? "" : r.summary.perangkatDaerah,
      rpd: r.role === "rpd",
      readable: !("failure" in r),
    })),
    opds,
    ...(rpd ? { rpd } : {}),
    findings,
    cross,
    readable: results.filter((r) => !("failure" in r)).length,
    excepted: results.reduce((n, r) => n + ("failure" in r ? 0 : (r.excepted ?? 0)), 0),
    fails: failsCheck(findings),
  };
}

/** A file's own findings, each with its file and OPD (none for a file that could not be read). */
export function ownFindings(r: FileResult): FileFinding[] {
  if ("failure" in r) return [];
  const opd = r.summary.perangkatDaerah;
  return r.findings.map((f) => ({ file: r.file, ...(opd ? { opd } : {}), ...f }));
}
