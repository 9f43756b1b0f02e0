import type { Indicator } from "../model/indicator";
import { NO_CAPAIAN_REASONS, type CapaianResult, type NoCapaianReason } from "./capaianOf";
import { PREDIKAT_BANDS, type Predikat } from "./predikat";

/** One indicator's capaian and the mean capaian of its children. */
export interface CapaianNode {
  readonly own: CapaianResult;
  /**
   * The mean of the capaian of the children that have one, rounded to two decimals;
   * undefined when no child has one (or there are no children).
   */
  readonly childMean?: number;
  /** How many children have a capaian (the mean's denominator). */
  readonly childCount: number;
}

/** The reasons in NO_CAPAIAN_REASONS' order; a row stores its reason's index + 1. */
const REASONS = Object.keys(NO_CAPAIAN_REASONS) as NoCapaianReason[];
const PREDIKATS: readonly Predikat[] = PREDIKAT_BANDS.map((b) => b.predikat);
const FROM = [undefined, "realisasi", "quarters"] as const;

/**
 * The capaian of a model's indicators in one year, kept as flat columns (numbers in Float64Arrays,
 * NaN where absent; codes in byte arrays), in the order they were computed: 100,000 indicators
 * leave a few arrays for the collector rather than 300,000 objects. Every value is computed when
 * a row is added; a CapaianNode is made each time one is asked for, equal to the one before.
 */
export class CapaianColumns implements ReadonlyMap<Indicator, CapaianNode> {
  private readonly rows = new Map<Indicator, number>();
  private readonly target: Float64Array;
  private readonly realisasi: Float64Array;
  private readonly capaian: Float64Array;
  private readonly childMean: Float64Array;
  private readonly childCount: Int32Array;
  /** Per row: realisasiFrom (bits 0–1), predikat + 1 (bits 2–4), reason + 1 (bits 5–8). */
  private readonly codes: Uint16Array;

  constructor(capacity: number) {
    this.target = new Float64Array(capacity);
    this.realisasi = new Float64Array(capacity);
    this.capaian = new Float64Array(capacity);
    this.childMean = new Float64Array(capacity);
    this.childCount = new Int32Array(capacity);
    this.codes = new Uint16Array(capacity);
  }

  /** The indicator's own capaian, when it was added. */
  ownCapaian(ind: Indicator): number | undefined {
    const i = this.rows.get(ind);
    return i === undefined ? undefined : num(this.capaian[i]!);
  }

  /** Adds the row of an indicator not added yet (capaianTree adds each once). */
  add(ind: Indicator, own: CapaianResult, childCount: number, childMean: number | undefined): void {
    const i = this.rows.size;
    this.rows.set(ind, i);
    this.target[i] = own.target ?? NaN;
    this.realisasi[i] = own.realisasi ?? NaN;
    this.capaian[i] = own.capaian ?? NaN;
    this.childMean[i] = childMean ?? NaN;
    this.childCount[i] = childCount;
    const from = own.realisasiFrom === undefined ? 0 : FROM.indexOf(own.realisasiFrom);
    const p = own.predikat === undefined ? 0 : PREDIKATS.indexOf(own.predikat) + 1;
    const r = own.reason === undefined ? 0 : REASONS.indexOf(own.reason) + 1;
    this.codes[i] = from | (p << 2) | (r << 5);
  }

  get size(): number {
    return this.rows.size;
  }

  has(ind: Indicator): boolean {
    return this.rows.has(ind);
  }

  get(ind: Indicator): CapaianNode | undefined {
    const i = this.rows.get(ind);
    return i === undefined ? undefined : this.node(i);
  }

  forEach(fn: (node: CapaianNode, ind: Indicator, map: ReadonlyMap<Indicator, CapaianNode>) => void): void {
    for (const [ind, i] of this.rows) fn(this.node(i), ind, this);
  }

  *entries(): MapIterator<[Indicator, CapaianNode]> {
    for (const [ind, i] of this.rows) yield [ind, this.node(i)];
  }

  keys(): MapIterator<Indicator> {
    return this.rows.keys();
  }

  *values(): MapIterator<CapaianNode> {
    for (const i of this.rows.values()) yield this.node(i);
  }

  [Symbol.iterator](): MapIterator<[Indicator, CapaianNode]> {
    return this.entries();
  }

  /** Row i as capaianOf and the mean made it: the same keys, in the same order. */
  private node(i: number): CapaianNode {
    const code = this.codes[i]!;
    const own: { -readonly [K in keyof CapaianResult]: CapaianResult[K] } = {};
    const target = num(this.target[i]!);
    const realisasi = num(this.realisasi[i]!);
    const capaian = num(this.capaian[i]!);
    if (target !== undefined) own.target = target;
    if (realisasi !== undefined) own.realisasi = realisasi;
    const from = FROM[code & 3];
    if (from !== undefined) own.realisasiFrom = from;
    const reason = REASONS[(code >> 5) - 1];
    if (reason !== undefined) own.reason = reason;
    if (capaian !== undefined) own.capaian = capaian;
    const p = PREDIKATS[((code >> 2) & 7) - 1];
    if (p !== undefined) own.predikat = p;
    const childMean = num(this.childMean[i]!);
    const childCount = this.childCount[i]!;
    return childMean === undefined ? { own, childCount } : { own, childCount, childMean };
  }
}

function num(x: number): number | undefined {
  return Number.isNaN(x) ? undefined : x;
}
