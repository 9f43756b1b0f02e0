import type { BoxSection, StatementBox } from "./boxes";
import { textUnits, wrapText } from "./wrapText";

/** How big text is and how boxes are padded. Lengths in points. */
export interface BoxMetrics {
  /** Width of an average character of the box font. */
  readonly charWidth: number;
  /** Height of one line of text (one row on the cell grid). */
  readonly lineHeight: number;
  readonly padX: number;
  /** Space above and below each section (points model only). */
  readonly padY: number;
  readonly minWidth: number;
  readonly maxWidth: number;
  /** When set, sizes are whole cells: an even number of columns and rows. */
  readonly grid?: { readonly colWidth: number };
}

/** A section with its wrapped lines and its extent (points, or rows on the grid). */
export interface MeasuredSection extends BoxSection {
  readonly lines: readonly string[];
  readonly size: number;
}

/** A box's size (points, or columns × rows on the grid) and its laid-out text. */
export interface MeasuredBox {
  readonly width: number;
  readonly height: number;
  readonly sections: readonly MeasuredSection[];
}

/** Bold statement text is up to 15 % wider (DejaVu Sans Bold). */
const BOLD = 1.15;

/**
 * Lines a section shows at most; longer text ends in "…" (the cell keeps it whole up to
 * Excel's limit). A 1 MB Uraian otherwise made one box 30,000 rows tall and the build too slow.
 */
export const MAX_SECTION_LINES = 24;

/**
 * Sizes a box from its text: as wide as its longest section, between `minWidth` and
 * `maxWidth`, then each section wrapped to that width and stacked.
 * @param box the statement box
 * @param metrics the text model
 * @returns width, height and wrapped sections
 * @example measureBox(box, POINT_METRICS).width // 130 … 210
 */
export function measureBox(box: StatementBox, metrics: BoxMetrics): MeasuredBox {
  const { charWidth, padX, grid } = metrics;
  let natural = 0;
  for (const s of box.sections)
    natural = Math.max(natural, textUnits(s.text) * (s.kind === "uraian" || s.kind === "mark" ? BOLD : 1));
  const wanted = Math.min(metrics.maxWidth, Math.max(metrics.minWidth, natural * charWidth + 2 * padX));
  const width = grid ? 2 * Math.ceil(wanted / (2 * grid.colWidth)) : wanted;
  const inner = (grid ? width * grid.colWidth : width) - 2 * padX;
  const sections = box.sections.map((s): MeasuredSection => {
    const lines = capped(
      wrapText(s.text, inner / (charWidth * (s.kind === "uraian" || s.kind === "mark" ? BOLD : 1))),
    );
    const size = grid ? lines.length : lines.length * metrics.lineHeight + 2 * metrics.padY;
    return { ...s, lines, size };
  });
  let height = sections.reduce((sum, s) => sum + s.size, 0);
  if (grid && height % 2 === 1) {
    // Even rows keep the box's middle on a row edge, where a connector can run.
    const first = sections[0]!;
    sections[0] = { ...first, size: first.size + 1 };
    height += 1;
  }
  return { width, height, sections };
}

function capped(lines: string[]): string[] {
  if (lines.length <= MAX_SECTION_LINES) return lines;
  const kept = lines.slice(0, MAX_SECTION_LINES);
  kept[MAX_SECTION_LINES - 1] = `${[...kept[MAX_SECTION_LINES - 1]!].slice(0, -1).join("")}…`;
  return kept;
}
