import type { Indicator, NumberCell } from "../model/indicator";

/** Where a year's realisasi came from, or why there is none. */
export type RealisasiRead =
  | { readonly value: number; readonly from: "realisasi" | "quarters"; readonly cells: readonly NumberCell[] }
  | { readonly value?: undefined; readonly missing: "none" | "notNumeric" | "text" };

/**
 * True when a cell holds a real number: the only values capaian is computed from. A number
 * stored as text (`"75,5"`) is read by the rules (POKIN013 gives its value), but a spreadsheet
 * formula does not read it as a number, so neither does the capaian: the diagram, the pane, the
 * reports and the recalculated `Capaian YYYY` sheet then agree (SPEC §7, refinements).
 * @param cell an indicator's number cell, if the column exists
 * @returns whether `cell.value` is a number to compute with
 * @example isNumeric({ state: "text", value: 5, col: 3, raw: "5" }) // false
 */
export function isNumeric(cell: NumberCell | undefined): cell is NumberCell & { value: number } {
  return cell?.state === "number" && cell.value !== undefined;
}

/**
 * The realisasi of a year (SPEC §4): `Realisasi YYYY` when it holds a number; otherwise from
 * the quarters that hold one, by Sifat — Kumulatif: their sum, Akhir: the last of them.
 * Cells that are not numbers (number text, other text, errors) are not values: they are
 * skipped, as a spreadsheet's ISNUMBER and SUM skip them; only when nothing else is left is the
 * result `text` (a number stored as text is there) or `notNumeric` rather than `none`.
 * @param indicator the indicator
 * @param year the year
 * @returns the value with the cells it came from, or why there is none
 * @example yearRealisasi(ind, 2025) // { value: 12, from: "quarters", cells: [tw1, tw3] }
 */
export function yearRealisasi(indicator: Indicator, year: number): RealisasiRead {
  const direct = indicator.realisasi.get(year);
  if (isNumeric(direct)) return { value: direct.value, from: "realisasi", cells: [direct] };

  const fromQuarters = quartersRealisasi(indicator, year);
  if (fromQuarters) return { value: fromQuarters.value, from: "quarters", cells: fromQuarters.cells };

  const cells = [direct, ...(indicator.quarters.get(year) ?? [])];
  if (cells.some((c) => c?.state === "text")) return { missing: "text" };
  const unreadable = cells.some((c) => c?.state === "invalid" || c?.state === "error");
  return { missing: unreadable ? "notNumeric" : "none" };
}

/**
 * What the quarters of a year give under the indicator's Sifat (SPEC §3.2, §4), whatever
 * `Realisasi YYYY` says: Kumulatif — the sum of the quarters holding a number, Akhir — the
 * last of them.
 * @param indicator the indicator
 * @param year the year
 * @returns the value and the quarter cells it came from, or undefined when no quarter holds one
 * @example quartersRealisasi(ind, 2025) // { value: 35, cells: [tw4] }
 */
export function quartersRealisasi(
  indicator: Indicator,
  year: number,
): { readonly value: number; readonly cells: readonly NumberCell[] } | undefined {
  const given = (indicator.quarters.get(year) ?? []).filter(isNumeric);
  if (given.length === 0) return undefined;
  if (indicator.sifat === "Akhir") {
    const last = given[given.length - 1]!;
    return { value: last.value, cells: [last] };
  }
  return { value: given.reduce((total, cell) => total + cell.value, 0), cells: given };
}
