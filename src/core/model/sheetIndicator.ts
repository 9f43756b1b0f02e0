import type { Polaritas } from "../values/polarity";
import type { Sifat } from "../values/sifat";
import { cellText } from "../text";
import { memo } from "../values/memo";
import { readPolaritas } from "../values/polarity";
import { readSifat } from "../values/sifat";
import type { ColumnMap } from "./columns";
import { NO_CHILDREN, type Indicator } from "./indicator";
import { NumberRow } from "./numberRow";
import type { NumberStore } from "./numberStore";

const NO_NAMES: readonly string[] = Object.freeze([]);

/** What every row of one level sheet shares; made once per sheet, each indicator points to it. */
export interface LevelRows {
  /** The level's index, top = 0. */
  readonly level: number;
  /** The workbook's own spelling of the sheet name. */
  readonly sheet: string;
  readonly fields: ColumnMap["fields"];
}

/** A level sheet has a handful of distinct Polaritas and Sifat texts: each is read once. */
const polaritasOf = memo(readPolaritas);
const sifatOf = memo(readSifat);

/** `flags` bits. */
const STRAY_KODE = 1;
const STRAY_INDUK = 2;
const POLARITAS_VALID = 4;

/**
 * An indicator read from a row of a level sheet, kept small: an indicator lives as long as its
 * model, and the garbage collector copies every long-lived object (100,000 of them in a large
 * Pemda workbook). It holds the texts every check reads; its number cells stay in the sheet's
 * NumberStore, and the texts few read (Kode Nomenklatur, Penanggung Jawab, Crosscutting,
 * Keterangan, Perangkat Daerah, the Polaritas as written) are read from its row when asked for.
 */
export class SheetIndicator extends NumberRow implements Indicator {
  readonly kode: string;
  readonly kodeInduk: string;
  readonly uraian: string;
  readonly indikator: string;
  readonly satuan: string;
  readonly polaritas: Polaritas;
  readonly sifat: Sifat;
  private readonly flags: number;
  parent?: Indicator = undefined;
  children: readonly Indicator[] = NO_CHILDREN;
  repeatOf?: Indicator = undefined;

  /**
   * Reads the row's texts: Kode Induk with stray characters noted, Polaritas and Sifat. Never
   * throws on cell content; parent and children are left for the links.
   * @param rows what the sheet's rows share
   * @param row the 0-based row
   * @param values the row's values (each NumberCell's `raw`, and the texts read later)
   * @param store the sheet's number cells (this row's slots start at `base`)
   * @param base where the row's slots start
   * @param kode the row's Kode, cleaned (not empty)
   * @param kodeRaw the Kode cell as it was
   */
  constructor(
    private readonly rows: LevelRows,
    readonly row: number,
    values: readonly unknown[],
    store: NumberStore,
    base: number,
    kode: string,
    kodeRaw: unknown,
  ) {
    super(store, base, values);
    const f = rows.fields;
    const indukRaw = f.kodeInduk === undefined ? undefined : values[f.kodeInduk];
    this.kode = kode;
    this.kodeInduk = cellText(indukRaw);
    this.uraian = this.text(f.uraian);
    this.indikator = this.text(f.indikator);
    this.satuan = this.text(f.satuan);
    const polaritas = polaritasOf(this.text(f.polaritas));
    this.polaritas = polaritas.value;
    this.sifat = sifatOf(this.text(f.sifat));
    this.flags =
      (typeof kodeRaw === "string" && kode !== kodeRaw ? STRAY_KODE : 0) |
      (typeof indukRaw === "string" && this.kodeInduk !== indukRaw ? STRAY_INDUK : 0) |
      (polaritas.valid ? POLARITAS_VALID : 0);
  }

  get level(): number {
    return this.rows.level;
  }
  get sheet(): string {
    return this.rows.sheet;
  }
  get kodeStray(): boolean {
    return (this.flags & STRAY_KODE) !== 0;
  }
  get kodeIndukStray(): boolean {
    return (this.flags & STRAY_INDUK) !== 0;
  }
  get polaritasValid(): boolean {
    return (this.flags & POLARITAS_VALID) !== 0;
  }
  get polaritasText(): string {
    return this.text(this.rows.fields.polaritas);
  }
  get kodeNomenklatur(): string {
    return this.text(this.rows.fields.kodeNomenklatur);
  }
  get penanggungJawab(): string {
    return this.text(this.rows.fields.penanggungJawab);
  }
  get keterangan(): string {
    return this.text(this.rows.fields.keterangan);
  }
  get perangkatDaerah(): string {
    return this.text(this.rows.fields.perangkatDaerah);
  }
  get crosscutting(): readonly string[] {
    const text = this.text(this.rows.fields.crosscutting);
    if (text === "") return NO_NAMES;
    return text
      .split(";")
      .map((s) => s.trim())
      .filter((s) => s !== "");
  }

  private text(col: number | undefined): string {
    return col === undefined ? "" : cellText(this.values[col]);
  }
}
