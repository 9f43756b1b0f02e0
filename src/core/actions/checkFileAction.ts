import type { Msg } from "../messages";
import { buildModel, findSheet, type Model } from "../model/buildModel";
import { summariseFile } from "../pemda/summariseFile";
import { reviewedCheck } from "../review/reviewedCheck";
import type { Finding } from "../rules/types";
import type { SheetData, WorkbookData } from "../sheet";
import { SETTINGS_SHEET } from "../sheets";
import { nameKey } from "../text";
import type { FileJob, FileResult } from "./batchTypes";

/** Rules that judge a tree below level 1: the RPD workbook holds level 1 only (SPEC §11). */
const NOT_FOR_RPD = new Set(["POKIN008"]);

/**
 * Checks one workbook of a batch (SPEC §11): its findings with its own `Catatan Reviu` notes
 * applied (SPEC §13, as for one file; the RPD keeps Pengaturan's and level 1's), its summary
 * for the cross-workbook rules and, for gabung, its level values.
 * @param data the workbook's values (read by the caller: a worker thread, the pane)
 * @param job the file's name, role and language
 * @returns the findings and summary (never throws: a failure is the file's reason)
 * @example checkFileAction(data, { file: "dinsos.xlsx", role: "opd", lang: "id", withSheets: false })
 */
export function checkFileAction(data: WorkbookData, job: FileJob): FileResult {
  const { file, role } = job;
  try {
    const model = buildModel(data);
    const reviewed = reviewedCheck(model, { lang: job.lang, ...(job.all ? { all: true } : {}) });
    let findings = reviewed.findings;
    if (role === "rpd") findings = findings.filter((f) => keptForRpd(f, model));
    // The Rekap's and the summary's counts leave the excepted out, as the single-file check does.
    const summary = summariseFile(
      model,
      findings.filter((f) => !f.excepted),
      file,
    );
    return {
      file,
      role,
      findings,
      ...(reviewed.excepted > 0 ? { excepted: reviewed.excepted } : {}),
      summary,
      ...(job.withSheets ? { sheets: levelSheets(model) } : {}),
    };
  } catch (err) {
    return { file, role, failure: cannotCheck(file, err) };
  }
}

/** The message of a file that could not be checked. */
export function cannotCheck(file: string, err: unknown): Msg {
  const why = err instanceof Error ? (err.message.split("\n")[0] ?? "") : String(err);
  return {
    id: `Berkas '${file}' tidak dapat diperiksa (${why}).`,
    en: `The file '${file}' cannot be checked (${why}).`,
  };
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
