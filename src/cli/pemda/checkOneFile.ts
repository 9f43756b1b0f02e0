import { isReadFailure, readXlsxFile } from "../../adapters/xlsx/readFile";
import type { FileJob, FileResult } from "../../core/actions/batchTypes";
import { cannotCheck, checkFileAction } from "../../core/actions/checkFileAction";

export type { FileJob, FileResult };

/**
 * Reads and checks one workbook of a batch (SPEC §11): the file is read here, the check is the
 * core's {@link checkFileAction}. Never rejects: a file that cannot be read comes back as its
 * reason, for POKIN040.
 * @param job the file and what to send back
 * @returns the findings and summary, or why the file cannot be read
 * @example await checkOneFile({ file: "dinsos.xlsx", role: "opd", lang: "id", withSheets: false })
 */
export async function checkOneFile(job: FileJob): Promise<FileResult> {
  const { file, role } = job;
  try {
    const read = await readXlsxFile(file);
    if (isReadFailure(read)) return { file, role, failure: read.message };
    return checkFileAction(read, job);
  } catch (err) {
    return { file, role, failure: cannotCheck(file, err) };
  }
}
