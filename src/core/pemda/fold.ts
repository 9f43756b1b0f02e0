import { nameKey } from "../text";

/**
 * Text folded for comparing statements across workbooks (SPEC §11): case, spaces and
 * punctuation ignored.
 * @example foldText("Nilai  SAKIP.") === foldText("nilai sakip") // true
 */
export function foldText(value: string): string {
  return nameKey(value.replace(/[^\p{L}\p{N}%]+/gu, " "));
}

const SMALL_WORDS = new Set(["dan", "dengan", "serta", "of", "and", "the", "kabupaten", "kota"]);

/**
 * The short name of a Perangkat Daerah, for Kodes made unique by the OPD (`DSPPPA:1.1`): the
 * initials of its words (small words skipped), or the single word itself, upper-cased.
 * @example opdAcronym("Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak") // "DSPPPA"
 */
export function opdAcronym(name: string): string {
  const words = foldText(name)
    .split(" ")
    .filter((w) => w !== "" && !SMALL_WORDS.has(w));
  if (words.length === 0) return "OPD";
  if (words.length === 1) return words[0]!.slice(0, 10).toUpperCase();
  return words
    .map((w) => w[0]!)
    .join("")
    .toUpperCase();
}

/**
 * True when a name typed in Crosscutting means this Perangkat Daerah: the same name folded,
 * its acronym, or one of the two names contained in the other as whole words (`Dinas
 * Kesehatan` and `Dinas Kesehatan Kabupaten Banjarnegara`).
 * @example namesOpd("dinkes", "Dinas Kesehatan") // false; namesOpd("DK", "Dinas Kesehatan") // true
 */
export function namesOpd(entry: string, opdName: string): boolean {
  const a = foldText(entry);
  const b = foldText(opdName);
  if (a === "" || b === "") return false;
  if (a === b || a === opdAcronym(opdName).toLowerCase()) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.includes(" ") && ` ${long} `.includes(` ${short} `);
}
