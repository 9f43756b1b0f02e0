import type { RumusNegatif } from "../model/settings";
import type { Polaritas } from "../values/polarity";
import { round2 } from "./round2";

export interface CapaianInput {
  readonly target?: number;
  readonly realisasi?: number;
  readonly polaritas: Polaritas;
  /** Formula for Negatif indicators; default `Standar`. */
  readonly rumusNegatif?: RumusNegatif;
}

/**
 * The capaian in percent, rounded to two decimals (SPEC §4):
 * Positif R/T×100; Negatif Standar (2 − R/T)×100 (may go below 0); Negatif Rasio T/R×100.
 * No cap. `undefined` — never a made-up 0 or 100 — when T or R is missing, T = 0, or (Rasio) R = 0.
 * @param input target, realisasi, polaritas and the Negatif formula
 * @returns the capaian, or undefined when there is none
 * @example computeCapaian({ target: 80, realisasi: 60, polaritas: "Negatif" }) // 125
 */
export function computeCapaian(input: CapaianInput): number | undefined {
  const { target: t, realisasi: r } = input;
  if (t === undefined || r === undefined || !Number.isFinite(t) || !Number.isFinite(r) || t === 0) {
    return undefined;
  }
  let value: number;
  if (input.polaritas === "Positif") value = (r / t) * 100;
  else if (input.rumusNegatif === "Rasio") {
    if (r === 0) return undefined;
    value = (t / r) * 100;
  } else value = (2 - r / t) * 100;
  return Number.isFinite(value) ? round2(value) : undefined;
}
