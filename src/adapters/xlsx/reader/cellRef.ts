import { MAX_COLS, MAX_ROWS } from "./limits";
import { stop } from "./refusal";

/**
 * Parses an A1 reference ("AB12", "$C$3") into 0-based [row, col]; a row-less reference
 * gives row -1. Refuses references outside Excel's grid.
 * @example parseRef("B3") // [2, 1]
 */
export function parseRef(ref: string): [number, number] {
  let col = 0;
  let row = 0;
  let i = 0;
  const n = ref.length;
  if (ref.charCodeAt(0) === 36) i++;
  for (; i < n; i++) {
    const ch = ref.charCodeAt(i) | 0x20; // lower-case letters
    if (ch < 97 || ch > 122) break;
    col = col * 26 + (ch - 96);
  }
  if (ref.charCodeAt(i) === 36) i++;
  for (; i < n; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return bad(ref);
    row = row * 10 + d;
  }
  if (col === 0 || col > MAX_COLS || row > MAX_ROWS) return bad(ref);
  return [row - 1, col - 1];
}

function bad(ref: string): never {
  return stop(
    "invalid",
    `berisi rujukan sel tidak sah '${ref.slice(0, 20)}'`,
    `it has an invalid cell reference '${ref.slice(0, 20)}'`,
  );
}
