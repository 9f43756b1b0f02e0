/**
 * A number as a person reads it in the chosen language, with at most two decimals:
 * Indonesian `1.234,5`, English `1,234.5`. Not Intl: the output must be the same in every
 * host (Office, browsers, Node builds without full ICU).
 * @param value a finite number
 * @param lang "id" or "en"
 * @returns the text
 * @example formatNumber(1234.5, "id") // "1.234,5"
 */
export function formatNumber(value: number, lang: "id" | "en"): string {
  if (!Number.isFinite(value)) return "";
  const [group, decimal] = lang === "id" ? [".", ","] : [",", "."];
  const fixed = Math.abs(value)
    .toFixed(2)
    .replace(/\.?0+$/, "");
  const [int = "0", frac] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = value < 0 && fixed !== "0" ? "-" : "";
  return `${sign}${grouped}${frac ? decimal + frac : ""}`;
}
