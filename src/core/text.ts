/**
 * Characters that are invisible but break matching: zero-width spaces/joiners, BOM, soft hyphen,
 * and the bidirectional marks and overrides (U+200E/F, U+202A–E, U+2066–9, U+061C) that pasted
 * text from web forms carries and that can make a Kode display reversed.
 */
const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u00AD\u202A-\u202E\u2066-\u2069\u061C]/g;
/** Every kind of white space, the non-breaking ones included. */
const SPACES = /[\s\u00A0\u2007\u202F]+/g;

/**
 * Cleans text for matching names: invisible characters removed, runs of any white space
 * (non-breaking included) folded to one space, trimmed.
 * @example cleanText("  Sub\u00A0 Kegiatan ") // "Sub Kegiatan"
 */
export function cleanText(value: string): string {
  // Most cells are already clean: one test is far cheaper than two replaces and a trim, and
  // a level sheet may have 100,000 rows of text to read.
  if (!needsCleaning(value)) return value;
  return value.replace(INVISIBLE, "").replace(SPACES, " ").trim();
}

/**
 * True for anything cleanText would change: invisible characters, non-space white space, double
 * or edge spaces — the same as testing
 * `/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\u2060\uFEFF\u00AD\u00A0\u2007\u202F\t\n\r\v\f\u1680\u2000-\u200A\u2028\u2029\u205F\u3000]| {2}|^ | $/`,
 * by one scan of the character codes (it runs on every text cell of the workbook).
 * @example needsCleaning("a  b") // true; needsCleaning("Program A") // false
 */
export function needsCleaning(value: string): boolean {
  const n = value.length;
  if (n === 0) return false;
  if (value.charCodeAt(0) === 32 || value.charCodeAt(n - 1) === 32) return true;
  let space = false;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c === 32) {
      if (space) return true;
      space = true;
      continue;
    }
    space = false;
    if (c < 0x7f ? c >= 9 && c <= 13 : isOddCode(c)) return true;
  }
  return false;
}

function isOddCode(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0xad ||
    c === 0x61c ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200f) ||
    (c >= 0x2028 && c <= 0x202f) ||
    c === 0x205f ||
    c === 0x2060 ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The key two names are compared by: cleaned and lower-cased (SPEC §3: case-insensitive,
 * ignoring repeated, leading, trailing and non-breaking spaces).
 * @example nameKey("TUJUAN  RPD") === nameKey("Tujuan RPD") // true
 */
export function nameKey(value: string): string {
  return cleanText(value).toLowerCase();
}

/**
 * A cell value as display text: strings cleaned, numbers as JS prints them, booleans as
 * TRUE/FALSE, dates as YYYY-MM-DD, empty for null and anything else.
 * @param value a cell value as `range.values` gives it
 * @returns the text
 * @example cellText("  Program\u00a0 A ") // "Program A"; cellText(12.5) // "12.5"
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return cleanText(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return "";
}

/**
 * True when a cell holds nothing a person would see.
 * @example isBlank(" \u00a0") // true; isBlank(0) // false
 */
export function isBlank(value: unknown): boolean {
  return cellText(value) === "";
}
