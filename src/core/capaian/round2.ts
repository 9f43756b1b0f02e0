/**
 * Rounds to two decimals, half away from zero, on the number's decimal representation (as
 * Excel's and LibreOffice's ROUND do), so 90.005 → 90.01 although the double 90.005 lies just
 * below it. The value is first cut to 15 significant digits — what a spreadsheet shows — which
 * also absorbs noise such as 0.1 + 0.2.
 * @param x any finite number (non-finite values are returned unchanged)
 * @returns x rounded to two decimals; never -0
 * @example round2(90.005) // 90.01; round2(-2.345) // -2.35; round2(89.999) // 90
 */
export function round2(x: number): number {
  if (!Number.isFinite(x)) return x;
  // A whole number is its own rounding (most sums of targets and quarters are).
  if (Number.isSafeInteger(x)) return x === 0 ? 0 : x;
  const abs = Math.abs(x);
  const digits = abs.toPrecision(15);
  let magnitude: number;
  if (digits.includes("e")) {
    // Only for |x| < 1e-6 or ≥ 1e15, where two decimals are 0 or beyond a double's precision.
    magnitude = Math.round(abs * 100) / 100;
  } else {
    const [int = "0", frac = ""] = digits.split(".");
    const kept = Number(int + frac.slice(0, 2).padEnd(2, "0"));
    const up = (frac.charCodeAt(2) || 48) >= 53; // third decimal ≥ "5"
    magnitude = (kept + (up ? 1 : 0)) / 100;
  }
  return x < 0 && magnitude !== 0 ? -magnitude : magnitude;
}
