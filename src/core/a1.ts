/**
 * Converts a 0-based column index to its letters.
 * @example columnLetters(0) // "A"; columnLetters(27) // "AB"
 */
export function columnLetters(col: number): string {
  // Every finding has an address, and a sheet has few columns: each is spelled once.
  const known = LETTERS[col];
  if (known !== undefined) return known;
  const letters = spell(col);
  if (Number.isInteger(col) && col >= 0 && col < 16384) LETTERS[col] = letters;
  return letters;
}

const LETTERS: string[] = [];

function spell(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * Converts a 0-based (row, col) to an A1 address.
 * @example a1(4, 2) // "C5"
 */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/**
 * Parses "C5" (or "$C$5") into a 0-based position.
 * @param address an A1 address of one cell, without a sheet name
 * @returns the position, or `undefined` when it is not an A1 address
 * @example parseA1("$C$5") // { row: 4, col: 2 }; parseA1("C") // undefined
 */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/**
 * Quotes a sheet name for a formula or a link, doubling any apostrophe in it.
 * @param sheet the sheet's name
 * @param address an address on that sheet
 * @returns the reference
 * @example sheetRef("Sub Kegiatan", "C5") // "'Sub Kegiatan'!C5"
 */
export function sheetRef(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}
