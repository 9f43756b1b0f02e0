import type { Msg } from "../messages";
import type { ImportNote } from "./importNote";

/** Why a column is not imported. */
export type SkipWhy =
  | "anggaran"
  | "capaian"
  | "nomor"
  | "kumulatif"
  | "lokasi"
  | "jadwal"
  | "duplikat"
  | "kinerja"
  | "kosong"
  /** `Target Tahun N` while nobody says which year Tahun 1 is. */
  | "tahun"
  | "lain";

/** What a template column holds, in the terms of a level sheet (SPEC §3.2). */
export type Role =
  | { readonly kind: "kode" }
  | { readonly kind: "kodeInduk" }
  /** An official code whose depth gives the level (Renja/Renstra). */
  | { readonly kind: "nomenklatur" }
  /** One of the five cells a split official code spreads over (0 urusan … 4 sub kegiatan). */
  | { readonly kind: "codePart"; readonly part: number }
  /** A column naming each row's level (`KELOMPOK`: Tujuan / Sasaran). */
  | { readonly kind: "kelompok" }
  | { readonly kind: "uraian" }
  /** `scope: "parent"`: the indicator of the row's parent (e.g. `Tolak Ukur Capaian Keg.`). */
  | { readonly kind: "indikator"; readonly scope?: "parent" }
  | { readonly kind: "satuan" }
  | { readonly kind: "baseline" }
  | { readonly kind: "target"; readonly year: number }
  | { readonly kind: "realisasi"; readonly year: number; readonly quarter?: 1 | 2 | 3 | 4 }
  | { readonly kind: "polaritas" }
  | { readonly kind: "sifat" }
  | { readonly kind: "penanggungJawab" }
  | { readonly kind: "crosscutting" }
  | { readonly kind: "keterangan" }
  | { readonly kind: "skip"; readonly why: SkipWhy };

/** The kind of statement a column group holds, from its header. */
export type GroupKind =
  | "visi"
  | "misi"
  | "tujuan"
  | "sasaran"
  | "program"
  | "kegiatan"
  | "subkegiatan"
  /** One column holding programs, kegiatan and sub kegiatan, level per row. */
  | "list"
  | "other";

/** One column's decision: its role, the group it belongs to, how sure, and why. */
export interface ColumnDecision {
  readonly col: number;
  /** The header text, every header row joined with " / ". */
  readonly header: string;
  readonly role: Role;
  /** Index into `ImportMapping.groups`, or -1. */
  readonly group: number;
  /** 0–1. */
  readonly confidence: number;
  readonly reason: Msg;
}

/** A column group: one statement column (Uraian) and the columns that describe it. */
export interface GroupDecision {
  readonly label: string;
  readonly kind: GroupKind;
  /** The Uraian column (or the Kelompok/code column of a list). */
  readonly col: number;
  /** Level index in the workbook, `"list"` when each row says, undefined when not imported. */
  readonly level: number | "list" | undefined;
  readonly confidence: number;
  /** Why this level: by its name, its owner, its order, or a level the workbook lacks. */
  readonly reason: ImportNote;
}

/** Everything detection decided; the planner may change it before writing. */
export interface ImportMapping {
  readonly sheet: string;
  /** 0-based first and last header rows. */
  readonly headerTop: number;
  readonly headerBottom: number;
  readonly numberingRow?: number;
  /** 0-based first row of data. */
  readonly dataStart: number;
  /** `list` when one column holds several levels, level per row. */
  readonly layout: "matrix" | "list";
  readonly columns: readonly ColumnDecision[];
  readonly groups: readonly GroupDecision[];
  /** The level names, top to bottom: the workbook's, with the proposed new ones inserted. */
  readonly levels: readonly string[];
  /**
   * Levels the workbook lacks that the mapping proposes to add (a `Level N` row in Pengaturan
   * and its sheet), e.g. `Sasaran OPD` for a template with more upper groups than levels. The
   * planner drops one by mapping its group elsewhere (or skipping it).
   */
  readonly newLevels: readonly string[];
  /** In a list, which level each row kind goes to (program → Program …). */
  readonly kindLevels: Readonly<Partial<Record<GroupKind, number>>>;
  /** In a Kelompok list placed by owner: nameKey(value) → level (`Sasaran PD` → Sasaran OPD). */
  readonly kelompokLevels?: Readonly<Record<string, number>>;
  /** Why each Kelompok value went to its level, shown with the groups. */
  readonly kelompok?: readonly GroupDecision[];
  /** The year targets and realisasi without a year of their own are read for. */
  readonly year: number;
}

/** What happened to one non-empty source row. */
export interface RowReport {
  readonly row: number;
  readonly status: "imported" | "skipped" | "header" | "title";
  /** Level names the row's indicators went to (imported rows). */
  readonly levels?: readonly string[];
  /** Why a row was not taken (`skip.*`). */
  readonly reason?: ImportNote;
  /** Things a planner should look at (numbers dropped, 0 read as blank, split cells …). */
  readonly notes?: readonly ImportNote[];
}
