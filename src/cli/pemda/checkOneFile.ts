import { isReadFailure, readXlsxFile } from "../../adapters/xlsx/readFile";
import type { Lang, Msg } from "../../core/messages";
import { buildModel, findSheet, type Model } from "../../core/model/buildModel";
import { SETTINGS_SHEET } from "../../core/model/settings";
import { summariseFile } from "../../core/pemda/summariseFile";
import type { OpdFile } from "../../core/pemda/types";
import { checkModel } from "../../core/rules/runChecks";
import type { Finding } from "../../core/rules/types";
import type { SheetData } from "../../core/sheet";
import { nameKey } from "../../core/text";

/** One file of a batch to read and check, as sent to a worker thread. */
export interface FileJob {
  readonly file: string;
  /** `rpd`: Bappeda's RPD workbook, of which only level 1 is read. */
  readonly role: "opd" | "rpd";
  readonly lang: Lang;
  /** Send back the values of Pengaturan and the level sheets too (for gabung). */
  readonly withSheets: boolean;
}

/** What a worker sends back: never the whole workbook, only findings, a summary and (for gabung) the level values. */
export type FileResult =
  | { readonly file: string; readonly role: FileJob["role"]; readonly failure: Msg }
  | {
      readonly file: string;
      readonly role: FileJob["role"];
      readonly findings: readonly Finding[];
      readonly summary: OpdFile;
      readonly sheets?: readonly SheetData[];
    };

/** Rules that judge a tree below level 1: the RPD workbook holds level 1 only (SPEC §11). */
const NOT_FOR_RPD = new Set(["POKIN008"]);

/**
 * Reads and checks one workbook of a batch (SPEC §11). Never rejects: a file that cannot be
 * read comes back as its reason, for POKIN040.
 * @param job the file and what to send back
 * @returns the findings and summary, or why the file cannot be read
 * @example await checkOneFile({ file: "dinsos.xlsx", role: "opd", lang: "id", withSheets: false })
 */
export async function checkOneFile(job: FileJob): Promise<FileResult> {
  const { file, role } = job;
  try {
    const read = await readXlsxFile(file);
    if (isReadFailure(read)) return { file, role, failure: read.message };
    const model = buildModel(read);
    let findings = checkModel(model, { lang: job.lang });
    if (role === "rpd") findings = findings.filter((f) => keptForRpd(f, model));
    const summary = summariseFile(model, findings, file);
    return { file, role, findings, summary, ...(job.withSheets ? { sheets: levelSheets(model) } : {}) };
  } catch (err) {
    const why = err instanceof Error ? err.message.split("\n")[0] : String(err);
    return {
      file,
      role,
      failure: {
        id: `Berkas '${file}' tidak dapat diperiksa (${why}).`,
        en: `The file '${file}' cannot be checked (${why}).`,
      },
    };
  }
}

/** The RPD keeps the findings of Pengaturan and level 1 only. */
function keptForRpd(f: Finding, model: Model): boolean {
  if (NOT_FOR_RPD.has(f.rule)) return false;
  const top = model.levels[0];
  const sheet = nameKey(f.sheet);
  return sheet === nameKey(SETTINGS_SHEET) || sheet === nameKey(top?.sheet?.name ?? top?.name ?? "");
}

function levelSheets(model: Model): SheetData[] {
  const settings = findSheet(model.workbook, SETTINGS_SHEET);
  const levels = model.levels.map((l) => l.sheet).filter((s): s is SheetData => s !== undefined);
  // Number formats are not needed to merge rows: leave them out of what crosses the thread.
  return [...(settings ? [settings] : []), ...levels].map((s) => ({ name: s.name, values: s.values }));
}
