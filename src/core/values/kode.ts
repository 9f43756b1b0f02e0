import { cellText } from "../text";

/**
 * Reads a Kode or Kode Induk cell: the matching key (invisible characters and white space
 * stripped at the ends and folded inside) and whether the raw text had stray characters (POKIN021).
 * Numbers (Excel turns `1.1` into a number) are read as they display.
 * @example readKode(" 1.2\u200B") // { kode: "1.2", stray: true }
 */
export function readKode(value: unknown): { kode: string; stray: boolean } {
  if (typeof value !== "string") return { kode: cellText(value), stray: false };
  const kode = cellText(value);
  return { kode, stray: kode !== value };
}
