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

/** A year's realisasi read by slot (Indicator.slotState): the slots it came from, or why there is none. */
export type RealisasiSlots =
  | { readonly value: number; readonly from: "realisasi" | "quarters"; readonly slots: readonly number[] }
  | { readonly value?: undefined; readonly missing: "none" | "notNumeric" | "text" };

const NONE = { missing: "none" } as const;
const TEXT = { missing: "text" } as const;
const NOT_NUMERIC = { missing: "notNumeric" } as const;

/**
 * The realisasi of a year (SPEC §4): `Realisasi YYYY` when it holds a number; otherwise from
 * the quarters that hold one, by Sifat — Kumulatif: their sum, Akhir: the last of them.
 * Cells that are not numbers (number text, other text, errors) are not values: they are
 * skipped, as a spreadsheet's ISNUMBER and SUM skip them; only when nothing else is left is the
 * result `text` (a number stored as text is there) or `notNumeric` rather than `none`.
 * Read by slot, so no cell is made (capaianOf reads every indicator through it).
 * @param indicator the indicator
 * @param year the year
 * @returns the value with the slots it came from, or why there is none
 * @example realisasiSlots(ind, 2025) // { value: 12, from: "quarters", slots: [14, 16] }
 */
export function realisasiSlots(indicator: Indicator, year: number): RealisasiSlots {
  const layout = indicator.layout;
  const direct = layout.realisasi.get(year);
  const directState = direct === undefined ? undefined : indicator.slotState(direct);
  if (directState === "number")
    return { value: indicator.slotValue(direct!)!, from: "realisasi", slots: [direct!] };
  const quarters = layout.quarters.get(year);
  const given = quarters ? quarterSum(indicator, quarters) : undefined;
  if (given) return { value: given.value, from: "quarters", slots: given.slots };
  let text = directState === "text";
  let unreadable = directState === "invalid" || directState === "error";
  for (let q = 0; quarters && q < quarters.length; q++) {
    const j = quarters[q];
    const state = j === undefined ? undefined : indicator.slotState(j);
    text ||= state === "text";
    unreadable ||= state === "invalid" || state === "error";
  }
  return text ? TEXT : unreadable ? NOT_NUMERIC : NONE;
}

/**
 * {@link realisasiSlots} with the cells themselves.
 * @example yearRealisasi(ind, 2025) // { value: 12, from: "quarters", cells: [tw1, tw3] }
 */
export function yearRealisasi(indicator: Indicator, year: number): RealisasiRead {
  const read = realisasiSlots(indicator, year);
  if (read.value === undefined) return read;
  return { value: read.value, from: read.from, cells: read.slots.map((j) => indicator.slotCell(j)) };
}

/**
 * What a year's quarter slots give under the indicator's Sifat (SPEC §3.2, §4): Kumulatif — the
 * sum of those holding a number, Akhir — the last of them; with the slots it came from.
 * @param quarters the year's TW1…TW4 slots (undefined where a column is absent)
 * @returns the value and its slots, or undefined when no quarter holds a number
 * @example quarterSum(ind, ind.layout.quarters.get(2025)!) // { value: 35, slots: [14, 16] }
 */
export function quarterSum(
  indicator: Indicator,
  quarters: readonly (number | undefined)[],
): { value: number; slots: number[] } | undefined {
  const slots: number[] = [];
  let sum = 0;
  for (const j of quarters) {
    if (j === undefined || indicator.slotState(j) !== "number") continue;
    slots.push(j);
    sum += indicator.slotValue(j)!;
  }
  if (slots.length === 0) return undefined;
  if (indicator.sifat !== "Akhir") return { value: sum, slots };
  const last = slots[slots.length - 1]!;
  return { value: indicator.slotValue(last)!, slots: [last] };
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
  const quarters = indicator.layout.quarters.get(year);
  const given = quarters ? quarterSum(indicator, quarters) : undefined;
  return given && { value: given.value, cells: given.slots.map((j) => indicator.slotCell(j)) };
}
