import type { SheetData } from "../../sheet";
import type { FileFinding, OpdFile } from "../types";

/** One workbook of a gabung: its summary and the values of Pengaturan and its level sheets. */
export interface GabungSource {
  readonly summary: OpdFile;
  readonly sheets: readonly SheetData[];
}

/** What `gabungPlan` works from. */
export interface GabungInput {
  readonly opds: readonly GabungSource[];
  readonly rpd?: GabungSource;
  /** Every finding of the batch (each file's own and the cross-workbook ones). */
  readonly findings: readonly FileFinding[];
}

/** A level sheet of the Pemda workbook: header and rows as values. */
export interface MergedLevel {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
}

/** The Pemda workbook's content before it is a plan. */
export interface MergedWorkbook {
  readonly settings: readonly (readonly [string, string | number])[];
  readonly levelNames: readonly string[];
  readonly levels: readonly MergedLevel[];
  /** OPD file → the prefix of its Kodes (`DSPPPA`). */
  readonly prefixes: ReadonlyMap<string, string>;
}
