import type { Predikat } from "../capaian/predikat";
import { MARK_FILLS, type MarkKind } from "./boxMarks";

/**
 * Level fills, top level first. Each is light enough for black text (WCAG contrast ≥ 4.5) and
 * the five differ by about 10 units of CIELAB lightness, so they stay apart when a diagram is
 * printed in grey: blue (L* 55), orange (66), green (76), yellow (86), lavender (96).
 * Levels below the fifth reuse the palette from the top.
 */
export const LEVEL_FILLS = ["#5585CC", "#E38A4A", "#8DC98D", "#F0D65E", "#F5F3FA"] as const;

/** Text, box outlines and connectors: near-black prints crisply on every printer. */
export const TEXT_COLOR = "#000000";
export const LINE_COLOR = "#404040";
/** The thin line between a box's sections. */
export const SEPARATOR = "#808080";

/**
 * Predikat fills (the traffic-light scale Excel's own colour scales use), all readable with
 * black text; the best and worst bands also differ in grey (L* 70 vs 61).
 */
export const PREDIKAT_FILLS: Readonly<Record<Predikat, string>> = {
  "Sangat Tinggi": "#63BE7B",
  Tinggi: "#B5DB8F",
  Sedang: "#FFEB84",
  Rendah: "#FBB36B",
  "Sangat Rendah": "#F8696B",
};

/**
 * The fill of a level's boxes.
 * @param level 0-based level index
 * @returns a `#RRGGBB` colour
 * @example levelFill(0) // "#5585CC"
 */
export function levelFill(level: number): string {
  const n = LEVEL_FILLS.length;
  return LEVEL_FILLS[((Math.trunc(level) % n) + n) % n]!;
}

/**
 * WCAG 2 relative luminance of a `#RRGGBB` colour.
 * @example relativeLuminance("#FFFFFF") // 1
 */
export function relativeLuminance(hex: string): number {
  const channel = (i: number): number => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/**
 * WCAG 2 contrast ratio of two colours, 1 … 21.
 * @example contrastRatio("#000000", "#FFFFFF") // 21
 */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/**
 * CIELAB lightness L* (0 black … 100 white): how light the colour looks printed in grey.
 * @example greyLightness("#FFFFFF") // 100
 */
export function greyLightness(hex: string): number {
  const y = relativeLuminance(hex);
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}

/**
 * The fill of one section of a box: a capaian by its predikat, a diff mark by its kind, else the
 * level's (the one rule every renderer follows: shapes, cells, SVG).
 * @example sectionFill({ kind: "mark", mark: "added" }, 2) // "#8FD8F0"
 */
export function sectionFill(
  section: { readonly kind: string; readonly predikat?: Predikat; readonly mark?: MarkKind },
  level: number,
): string {
  if (section.kind === "capaian" && section.predikat) return PREDIKAT_FILLS[section.predikat];
  if (section.kind === "mark" && section.mark) return MARK_FILLS[section.mark];
  return levelFill(level);
}
