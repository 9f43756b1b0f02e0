import type { Lang, Msg } from "../messages";
import { buildModel, findSheet, type Model } from "../model/buildModel";
import { checkAcross } from "../pemda/checkAcross";
import { summariseFile } from "../pemda/summariseFile";
import type { Batch, FileFinding, OpdFile } from "../pemda/types";
import { failsCheck, reviewedCheck } from "../review/reviewedCheck";
import type { Finding } from "../rules/types";
import type { SheetData, WorkbookData } from "../sheet";
import { SETTINGS_SHEET } from "../sheets";
import { nameKey } from "../text";

/** One file of a batch to check (SPEC §11): as the CLI's worker threads and the pane get it. */
export interface FileJob {
  readonly file: string;
  /** `rpd`: Bappeda's RPD workbook, of which only level 1 is read. */
  readonly role: "opd" | "rpd";
  readonly lang: Lang;
  /** Send back the values of Pengaturan and the level sheets too (for gabung). */
  readonly withSheets: boolean;
  /** Keep the findings the file's `Catatan Reviu` excepts, marked (SPEC §13; `--all`). */
  readonly all?: boolean;
}

/** One checked file: never the whole workbook, only findings, a summary and (for gabung) the level values. */
export type FileResult =
  | { readonly file: string; readonly role: FileJob["role"]; readonly failure: Msg }
  | {
      readonly file: string;
      readonly role: FileJob["role"];
      readonly findings: readonly Finding[];
      /** Findings the file's `Catatan Reviu` excepts (left out, or with `all` marked). */
      readonly excepted?: number;
      readonly summary: OpdFile;
      readonly sheets?: readonly SheetData[];
    };

/** A readable workbook of the batch. */
export interface ReadFile {
  readonly summary: OpdFile;
  readonly sheets?: readonly SheetData[];
}

/** The outcome of a checked batch: its files, the readable ones and every finding. */
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
  /** Findings excepted by the files' `Catatan Reviu` notes, over the batch. */
  readonly excepted: number;
  /** True when a finding that is not excepted is an error (the exit code). */
  readonly fails: boolean;
}

/** A file of a batch as the summary table lists it. */
export interface BatchFile {
  readonly file: string;
  /** Its Perangkat Daerah, empty when unknown (unreadable) or unnamed. */
  readonly opd: string;
  readonly rpd: boolean;
  readonly readable: boolean;
}

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
