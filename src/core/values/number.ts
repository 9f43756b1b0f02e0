import { isErrorValue } from "./errors";

/**
 * What a numeric cell (target, realisasi, baseline) holds once read.
 * - `empty`: blank, `-`, `—`, `n/a`: "no value".
 * - `number`: a real number in the cell.
 * - `text`: a number stored as text (`"1.234,5"`, `"75,5%"`); `value` is what was read.
 * - `invalid`: text that is no number.
 * - `error`: an Excel error value.
 */
export type NumberState = "empty" | "number" | "text" | "invalid" | "error";

export interface ReadNumber {
  readonly state: NumberState;
  /** The number read, for `number` and `text`. */
  readonly value?: number;
}

const NO_VALUE = new Set(["", "-", "–", "—", "n/a", "na", "#n/a"]);
const EMPTY: ReadNumber = { state: "empty" };
const INVALID: ReadNumber = { state: "invalid" };

/**
 * Reads a target/realisasi/baseline cell.
 *
 * Text is read in Indonesian notation first (`1.234,5`), then English (`1,234.5`): with both
 * separators the last one is the decimal mark; a lone separator followed by exactly three digits
 * is a thousands separator when it is `.` (id-ID), a decimal mark when it is `,`.
 * A number formatted as a percentage (0.755 shown as 75.5%) counts as 75.5 when `percentUnit`.
 *
 * @param value the cell value
 * @param numberFormat the cell's number format, if known
 * @param percentUnit true when the indicator's Satuan is a percentage
 * @returns the state and value read; never throws
 * @example readNumber("75,5%", undefined, true) // { state: "text", value: 75.5 }
 */
export function readNumber(value: unknown, numberFormat?: string, percentUnit = false): ReadNumber {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return INVALID;
    const scaled = percentUnit && isPercentFormat(numberFormat) ? round12(value * 100) : value;
    return { state: "number", value: scaled };
  }
  if (typeof value === "boolean" || value instanceof Date) return INVALID;
  if (typeof value !== "string") return INVALID;
  if (isErrorValue(value)) return { state: "error" };
  const text = value.replace(/[\s\u00A0\u2007\u202F\u200B-\u200D\uFEFF]+/g, "");
  if (NO_VALUE.has(text.toLowerCase())) return EMPTY;
  const parsed = parseNumberText(text);
  return parsed === undefined ? INVALID : { state: "text", value: parsed };
}

/**
 * True for number formats that display a percentage (`0%`, `0.00%`, but not `"%"` in quotes).
 * @example isPercentFormat("0.00%") // true; isPercentFormat('0"%"') // false
 */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format) return false;
  return format.replace(/"[^"]*"|\\./g, "").includes("%");
}

/**
 * Parses number text with no spaces: a sign or parentheses, an optional "Rp", Indonesian or
 * English separators, an optional "%" (the number is not divided).
 * @param text the text, spaces removed
 * @returns the number, or `undefined` when it is not one
 * @example parseNumberText("1.234,5") // 1234.5; parseNumberText("(12)") // -12
 */
export function parseNumberText(text: string): number | undefined {
  const m = /^([+-]?)(?:Rp\.?)?([0-9.,]+)(%?)$/i.exec(text.replace(/^\((.*)\)$/, "-$1"));
  if (!m) return undefined;
  const digits = m[2]!;
  if (!/[0-9]/.test(digits)) return undefined;
  const normalised = normaliseSeparators(digits);
  if (normalised === undefined) return undefined;
  const n = Number(normalised);
  if (!Number.isFinite(n)) return undefined;
  return m[1] === "-" ? -n : n;
}

function normaliseSeparators(digits: string): string | undefined {
  const dots = count(digits, ".");
  const commas = count(digits, ",");
  if (dots === 0 && commas === 0) return digits;
  if (dots > 0 && commas > 0) {
    const decimal = digits.lastIndexOf(".") > digits.lastIndexOf(",") ? "." : ",";
    const thousands = decimal === "." ? "," : ".";
    if (count(digits, decimal) > 1) return undefined;
    const [int = "", frac = ""] = digits.split(decimal);
    if (!validGroups(int, thousands)) return undefined;
    return `${int.split(thousands).join("")}.${frac}`;
  }
  const sep = dots > 0 ? "." : ",";
  const parts = digits.split(sep);
  if (parts.length > 2) return validGroups(digits, sep) ? parts.join("") : undefined;
  const [int = "", frac = ""] = parts;
  if (int === "" || frac === "") return frac === "" && int !== "" ? int : `0.${frac}`;
  // A lone "." before exactly three digits is the id-ID thousands separator (1.234 = 1234);
  // a lone "," is the id-ID decimal mark (1,234 = 1.234).
  if (sep === "." && frac.length === 3 && int !== "0") return int + frac;
  return `${int}.${frac}`;
}

function validGroups(int: string, sep: string): boolean {
  const groups = int.split(sep);
  if (groups.length === 1) return /^[0-9]+$/.test(int);
  return /^[0-9]{1,3}$/.test(groups[0] ?? "") && groups.slice(1).every((g) => /^[0-9]{3}$/.test(g));
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

function round12(n: number): number {
  return Math.round(n * 1e12) / 1e12;
}
