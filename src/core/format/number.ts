import type { Lang } from "../messages";

/** The locale each language's numbers are written in. */
const LOCALE: Record<Lang, string> = { id: "id-ID", en: "en-US" };

const formats = new Map<string, Intl.NumberFormat>();
const plurals = new Map<Lang, Intl.PluralRules>();

/**
 * A number as a person reads it in the workbook's language, through `Intl.NumberFormat`:
 * Indonesian `1.234,5`, English `1,234.5`, at most `maxFractionDigits` decimals, rounded half
 * away from zero on the number's shortest decimal form (so 1.005 → "1,01" and 2.675 → "2,68",
 * where `toFixed` gives "1.00" and "2.67"). A value that rounds to zero is "0", never "-0".
 * @param value a finite number (anything else gives "")
 * @param lang "id" or "en"
 * @param maxFractionDigits decimals kept (default 2)
 * @returns the text
 * @example formatNumber(1234.5, "id") // "1.234,5"
 */
export function formatNumber(value: number, lang: Lang, maxFractionDigits = 2): string {
  if (!Number.isFinite(value)) return "";
  const key = `${lang}:${maxFractionDigits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: maxFractionDigits });
    formats.set(key, format);
  }
  const text = format.format(value);
  // "-0" for a small negative: Intl's signDisplay "negative" does this, but not in older hosts.
  return /^-0([.,]0*)?$/.test(text) ? format.format(0) : text;
}

/**
 * A count (a whole number) in the workbook's language: `1.234` / `1,234`.
 * @example formatCount(12000, "en") // "12,000"
 */
export function formatCount(n: number, lang: Lang): string {
  return formatNumber(n, lang, 0);
}

/**
 * Whether a count takes the singular in this language (`Intl.PluralRules`): English "1 finding"
 * but "0 findings", "2 findings"; Indonesian has one form for every count, so never.
 * @example isSingular(1, "en") // true; isSingular(1, "id") // false
 */
export function isSingular(n: number, lang: Lang): boolean {
  let rules = plurals.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALE[lang]);
    plurals.set(lang, rules);
  }
  return rules.select(n) === "one";
}
