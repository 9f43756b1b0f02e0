import { cellText } from "../text";

/**
 * Reads an official Program/Kegiatan/Sub Kegiatan code (Kepmendagri 900.1.15.5-1317/2023) into
 * its segments, however it was typed: padded `1.06.04.2.01.0001`, unpadded `1.6.4.2.1.1`,
 * with placeholders `X.XX.01`, or split over cells (`[1, 6, 4, 2, 1, 1]`). Numeric segments lose
 * their leading zeros; placeholders become `X`. Empty when nothing code-like is there.
 * @example nomenklaturSegments("1.06.04.2.01.0001") // ["1", "6", "4", "2", "1", "1"]
 */
export function nomenklaturSegments(value: unknown): string[] {
  // A split cell may hold two segments: the annex puts the kegiatan as `2.01` in one cell.
  const parts = Array.isArray(value)
    ? value.flatMap((v) => cellText(v).split("."))
    : cellText(value).split(".");
  const out: string[] = [];
  for (const raw of parts) {
    const part = raw.trim();
    if (part === "") {
      if (Array.isArray(value)) break;
      return [];
    }
    if (/^x+$/i.test(part)) out.push("X");
    else if (/^\d+$/.test(part)) out.push(String(Number(part)));
    else return [];
  }
  return out;
}

/**
 * The key two codes are compared by: segments joined with dots (`1.6.4.2.1.1`).
 * @example nomenklaturKey("1.06.04") === nomenklaturKey("1.6.4") // true
 */
export function nomenklaturKey(value: unknown): string {
  return nomenklaturSegments(value).join(".");
}

/** Widths of the six segments in the official notation: U.BB.PP.K.KK.SSSS. */
const WIDTHS = [1, 2, 2, 1, 2, 4];

/**
 * Formats segments the official way, padded: `["1","6","4"]` → `1.06.04`.
 * @example formatNomenklatur(["1", "6", "4", "2", "1", "1"]) // "1.06.04.2.01.0001"
 */
export function formatNomenklatur(segments: readonly string[]): string {
  return segments
    .map((s, i) => (s === "X" ? "X".repeat(WIDTHS[i] ?? 1) : s.padStart(WIDTHS[i] ?? 1, "0")))
    .join(".");
}

/**
 * True when `child`'s segments start with all of `parent`'s (POKIN020); an "X" segment
 * matches any.
 * @param child the lower level's Kode Nomenklatur (a cell value)
 * @param parent the upper level's
 * @returns whether the child's code continues the parent's
 * @example startsWithNomenklatur("1.06.04.2.01", "1.06.04") // true
 */
export function startsWithNomenklatur(child: unknown, parent: unknown): boolean {
  const c = nomenklaturSegments(child);
  const p = nomenklaturSegments(parent);
  if (c.length === 0 || p.length === 0 || p.length > c.length) return false;
  return p.every((s, i) => s === "X" || c[i] === "X" || s === c[i]);
}
