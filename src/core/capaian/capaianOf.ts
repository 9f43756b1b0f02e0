import type { Indicator } from "../model/indicator";
import type { RumusNegatif } from "../model/settings";
import { computeCapaian } from "./capaian";
import { predikat, type Predikat } from "./predikat";
import { realisasiSlots } from "./realisasi";

/** Why an indicator has no capaian in a year. */
export type NoCapaianReason =
  | "noTarget"
  | "targetNotNumeric"
  | "targetText"
  | "targetZero"
  | "noRealisasi"
  | "realisasiNotNumeric"
  | "realisasiText"
  | "realisasiZero";

/** The reasons in both languages, for the pane, the reports and the diagram. */
export const NO_CAPAIAN_REASONS: Readonly<
  Record<NoCapaianReason, { readonly id: string; readonly en: string }>
> = {
  noTarget: { id: "Target tahun ini belum diisi.", en: "The target of this year is empty." },
  targetNotNumeric: { id: "Target tidak dapat dibaca sebagai angka.", en: "The target is not a number." },
  targetText: {
    id: "Target disimpan sebagai teks; ketik ulang sebagai angka agar capaian dihitung.",
    en: "The target is stored as text; retype it as a number for the capaian to be computed.",
  },
  targetZero: {
    id: "Target bernilai 0: capaian tidak dapat dihitung.",
    en: "The target is 0: no capaian can be computed.",
  },
  noRealisasi: { id: "Realisasi tahun ini belum diisi.", en: "The realisasi of this year is empty." },
  realisasiNotNumeric: {
    id: "Realisasi tidak dapat dibaca sebagai angka.",
    en: "The realisasi is not a number.",
  },
  realisasiText: {
    id: "Realisasi disimpan sebagai teks; ketik ulang sebagai angka agar capaian dihitung.",
    en: "The realisasi is stored as text; retype it as a number for the capaian to be computed.",
  },
  realisasiZero: {
    id: "Realisasi bernilai 0: rumus Rasio (T/R) tidak dapat dihitung.",
    en: "The realisasi is 0: the Rasio formula (T/R) cannot be computed.",
  },
};

/** The capaian of one indicator in one year, with what it was computed from. */
export interface CapaianResult {
  readonly target?: number;
  readonly realisasi?: number;
  /** Where the realisasi came from. */
  readonly realisasiFrom?: "realisasi" | "quarters";
  /** Percent, rounded to two decimals. */
  readonly capaian?: number;
  readonly predikat?: Predikat;
  /** Why there is no capaian (set exactly when `capaian` is undefined). */
  readonly reason?: NoCapaianReason;
}

/**
 * The capaian of an indicator in a year (SPEC §4): target of `Target YYYY`, realisasi from
 * `Realisasi YYYY` or the quarters, the formula of its polaritas and the workbook's
 * Rumus Negatif, the predikat of the rounded value — or the reason there is none.
 * @param indicator the indicator
 * @param year the year
 * @param settings the workbook settings (only `rumusNegatif` is read)
 * @returns target, realisasi, capaian and predikat where known, else the reason
 * @example capaianOf(ind, 2025, model.settings) // { target: 100, realisasi: 90, capaian: 90, predikat: "Tinggi", … }
 */
export function capaianOf(
  indicator: Indicator,
  year: number,
  settings: { readonly rumusNegatif: RumusNegatif },
): CapaianResult {
  // Read by slot from the model's flat columns: no cell is made unless quarters are involved.
  const tj = indicator.layout.targets.get(year);
  const targetState = tj === undefined ? undefined : indicator.slotState(tj);
  const target = targetState === "number" ? indicator.slotValue(tj!) : undefined;
  const read = realisasiSlots(indicator, year);
  const realisasi = read.value;
  if (target !== undefined && target !== 0 && realisasi !== undefined) {
    // The usual case, made as one object literal: its keys sit in the object itself.
    const realisasiFrom = read.from!;
    const capaian = computeCapaian({
      target,
      realisasi,
      polaritas: indicator.polaritas,
      rumusNegatif: settings.rumusNegatif,
    });
    return capaian === undefined
      ? { target, realisasi, realisasiFrom, reason: "realisasiZero" }
      : { target, realisasi, realisasiFrom, capaian, predikat: predikat(capaian) };
  }
  // No capaian: built key by key in the order the result always had (target, realisasi, …, reason).
  const out: Mutable<CapaianResult> = {};
  if (target !== undefined) out.target = target;
  if (read.value !== undefined) {
    out.realisasi = read.value;
    out.realisasiFrom = read.from;
  }
  if (target === undefined) {
    const bad = targetState === "invalid" || targetState === "error";
    out.reason = targetState === "text" ? "targetText" : bad ? "targetNotNumeric" : "noTarget";
  } else if (target === 0) out.reason = "targetZero";
  else {
    const missing = "missing" in read ? read.missing : "none";
    out.reason =
      missing === "text" ? "realisasiText" : missing === "notNumeric" ? "realisasiNotNumeric" : "noRealisasi";
  }
  return out;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
