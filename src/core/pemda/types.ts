import type { Msg } from "../messages";
import type { Predikat } from "../capaian/predikat";
import type { Finding, Severity } from "../rules/types";

/** A cell of one workbook of the batch, 0-based. */
export interface FileCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** A level-1 indicator as one workbook states it (POKIN042–044). */
export interface Level1Row extends FileCell {
  readonly kode: string;
  readonly uraian: string;
  readonly indikator: string;
  readonly satuan: string;
  /** Columns of Uraian, Indikator and Satuan (for the cell of a difference). */
  readonly cols: { readonly uraian?: number; readonly indikator?: number; readonly satuan?: number };
  /** [year, value, column] of every numeric target. */
  readonly targets: readonly (readonly [number, number, number])[];
}

/** A row of the lowest level with its Kode Nomenklatur (POKIN045). */
export interface NomenklaturRow extends FileCell {
  readonly kode: string;
  readonly nomenklatur: string;
  readonly crosscutting: readonly string[];
}

/** An indicator that names other agencies in Crosscutting (POKIN046). */
export interface CrosscuttingRow extends FileCell {
  readonly kode: string;
  /** Its Indikator, folded. */
  readonly indikator: string;
  readonly names: readonly string[];
}

/** Counts of one workbook for the Rekap sheet and the summary table. */
export interface OpdCounts {
  /** Indicators per level, top to bottom. */
  readonly perLevel: readonly number[];
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Target cells of the period that hold a number, and how many the period asks for. */
  readonly targetsFilled: number;
  readonly targetsExpected: number;
  /** Indicators per predikat in the report year, and those without a capaian. */
  readonly predikat: Readonly<Record<Predikat, number>>;
  readonly noCapaian: number;
}

/**
 * What the batch needs of one readable workbook: small enough for a worker thread to send back
 * (never the whole workbook), enough for the cross-workbook rules and the Rekap.
 */
export interface OpdFile {
  /** The path as the user gave it. */
  readonly file: string;
  readonly perangkatDaerah: string;
  readonly pemerintahDaerah: string;
  /** Where Perangkat Daerah is (or should be) written. */
  readonly opdCell: FileCell;
  readonly levels: readonly string[];
  readonly tahunAwal?: number;
  readonly tahunAkhir?: number;
  readonly reportYear?: number;
  readonly rumusNegatif: string;
  readonly level1: readonly Level1Row[];
  /** Level-1 Kodes that an indicator of level 2 hangs from. */
  readonly supported: readonly string[];
  readonly nomenklatur: readonly NomenklaturRow[];
  readonly crosscutting: readonly CrosscuttingRow[];
  /** Folded Indikator texts of every indicator. */
  readonly indikatorKeys: readonly string[];
  readonly counts: OpdCounts;
}

/** A file of the batch that could not be read (POKIN040). */
export interface UnreadableFile {
  readonly file: string;
  readonly message: Msg;
}

/** Everything the cross-workbook rules look at. */
export interface Batch {
  readonly opds: readonly OpdFile[];
  readonly rpd?: OpdFile;
  readonly unreadable: readonly UnreadableFile[];
}

/** What a cross-workbook rule reports: a cell of one file and a message in both languages. */
export interface CrossHit extends FileCell {
  readonly file: string;
  readonly kode?: string;
  readonly message: Msg;
}

/** A rule of SPEC §11: an id, a severity and a pure function of the batch. */
export interface CrossRule {
  readonly id: string;
  readonly severity: Severity;
  readonly check: (batch: Batch) => Iterable<CrossHit>;
}

/** A finding of a check of several workbooks: the finding of SPEC §7 with its file and OPD. */
export interface FileFinding extends Finding {
  readonly file: string;
  /** The Perangkat Daerah of the file, when it names one. */
  readonly opd?: string;
}
