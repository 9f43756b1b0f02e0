/**
 * A tree as plain content, before it is a workbook: what the sample, the empty template and the
 * import produce, and what the template plan writes. Numbers stay numbers; empty means absent.
 */
export interface ContentRow {
  readonly kode: string;
  readonly kodeInduk?: string;
  readonly uraian: string;
  readonly indikator: string;
  readonly satuan: string;
  readonly polaritas?: "Positif" | "Negatif";
  readonly sifat?: "Kumulatif" | "Akhir";
  readonly kodeNomenklatur?: string;
  readonly baseline?: number;
  /** year → target */
  readonly targets?: Readonly<Record<number, number>>;
  /** year → realisasi */
  readonly realisasi?: Readonly<Record<number, number>>;
  readonly penanggungJawab?: string;
  readonly crosscutting?: string;
  readonly keterangan?: string;
}

export interface ContentLevel {
  /** The level sheet's name, e.g. "Tujuan RPD". */
  readonly name: string;
  readonly rows: readonly ContentRow[];
}

export interface TreeContent {
  /** Pengaturan entries, e.g. ["Tahun Awal", 2023]. */
  readonly settings: readonly (readonly [string, string | number])[];
  readonly levels: readonly ContentLevel[];
}
