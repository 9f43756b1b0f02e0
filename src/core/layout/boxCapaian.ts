import { computeCapaian } from "../capaian/capaian";
import { predikat, type Predikat } from "../capaian/predikat";
import { yearRealisasi, isNumeric } from "../capaian/realisasi";
import type { Indicator } from "../model/indicator";
import type { Settings } from "../model/buildModel";
import { cellText } from "../text";

/** What a diagram box shows of an indicator's year: its target and, when known, its capaian. */
export interface BoxNumbers {
  readonly target?: number;
  /** The target cell's text when it is not a number (shown as is, so nothing is hidden). */
  readonly targetText?: string;
  readonly capaian?: number;
  readonly predikat?: Predikat;
}

/**
 * The target and capaian of one indicator in one year, by the capaian rules of SPEC §4.
 * @param indicator the indicator
 * @param year the report year
 * @param settings for the Negatif formula
 * @returns the numbers known; empty when the year has none
 * @example boxNumbers(ind, 2025, settings) // { target: 80, capaian: 95.5, predikat: "Sangat Tinggi" }
 */
export function boxNumbers(indicator: Indicator, year: number, settings: Settings): BoxNumbers {
  const cell = indicator.targets.get(year);
  const target = isNumeric(cell) ? cell.value : undefined;
  const targetText = target === undefined && cell && cell.state !== "empty" ? cellText(cell.raw) : undefined;
  const realisasi = yearRealisasi(indicator, year).value;
  const capaian = computeCapaian({
    target,
    realisasi,
    polaritas: indicator.polaritas,
    rumusNegatif: settings.rumusNegatif,
  });
  return {
    target,
    targetText,
    capaian,
    predikat: capaian === undefined ? undefined : predikat(capaian),
  };
}
