import type { Lang, Msg } from "../messages";
import type { FileFinding, OpdFile } from "../pemda/types";
import type { Finding } from "../rules/types";
import type { SheetData } from "../sheet";

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
