import { MARK_FILLS, markKinds, markMeaning, type MarkKind } from "../layout/boxMarks";
import { LINE_COLOR, SEPARATOR, sectionFill, TEXT_COLOR } from "../layout/colors";
import { diagramSelection, type DiagramOptions } from "../layout/diagramSelection";
import { layoutDiagram, type DiagramLayout, type PlacedBox } from "../layout/layoutDiagram";
import { POINT_GAPS, POINT_METRICS } from "../layout/metrics";
import type { Model } from "../model/buildModel";
import { diagramTitle } from "../plans/diagramTitle";
import { generatedNote } from "../plans/generatedNote";
import { escapeXml } from "./escapeXml";

const MARGIN = 20;
const HEADER = 44;
const FONT = "Calibri, Carlito, Arial, Liberation Sans, sans-serif";

/**
 * The diagram as a standalone SVG document (SPEC §5, exported from the task pane), with the
 * same layout and colours as the shapes; sizes are points. Every workbook text is escaped.
 * @param model the pohon kinerja
 * @param options year, orientation, root, depth, language, time stamp
 * @returns the SVG text, starting with the XML declaration
 * @example diagramSvg(model, { orientation: "down", lang: "id", generatedAt: new Date() }).startsWith("<?xml") // true
 */
export function diagramSvg(model: Model, options: DiagramOptions): string {
  const selection = diagramSelection(model, options);
  const layout = layoutDiagram(
    selection.roots ?? [],
    POINT_METRICS,
    options.orientation,
    POINT_GAPS[options.orientation],
  );
  const title = diagramTitle(model, options);
  const kinds = markKinds(layout.boxes.flatMap((b) => b.sections.flatMap((s) => (s.mark ? [s.mark] : []))));
  const header = HEADER + (kinds.length > 0 ? 18 : 0);
  const width = Math.max(layout.width, 420) + 2 * MARGIN;
  const height = layout.height + header + 2 * MARGIN;
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}pt" height="${n(height)}pt" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${FONT}" font-size="10">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#FFFFFF"/>`,
    `<text x="${MARGIN}" y="${MARGIN + 4}" font-size="8" font-style="italic" fill="#555555">${escapeXml(generatedNote(options.lang, options.generatedAt))}</text>`,
    `<text x="${MARGIN}" y="${MARGIN + 24}" font-size="14" font-weight="bold" fill="${TEXT_COLOR}">${escapeXml(title)}</text>`,
  ];
  if (kinds.length > 0) out.push(legend(kinds, options.lang, MARGIN + HEADER));
  const problem = selection.problem?.[options.lang];
  if (problem) out.push(`<text x="${MARGIN}" y="${MARGIN + header + 12}">${escapeXml(problem)}</text>`);
  const dx = MARGIN;
  const dy = MARGIN + header;
  out.push(`<g fill="none" stroke="${LINE_COLOR}" stroke-width="1.25">`);
  for (const b of layout.boxes)
    if (b.parent >= 0) out.push(`<path d="${connector(layout, layout.boxes[b.parent]!, b, dx, dy)}"/>`);
  out.push(`</g>`);
  for (const b of layout.boxes) out.push(box(b, dx, dy));
  out.push(`</svg>`);
  return out.join("\n") + "\n";
}

function box(b: PlacedBox, dx: number, dy: number): string {
  const x = b.x + dx;
  let y = b.y + dy;
  const parts = [`<g data-kode="${escapeXml(b.box.id)}">`];
  for (const [k, s] of b.sections.entries()) {
    const fill = sectionFill(s, b.box.level);
    parts.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(b.width)}" height="${n(s.size)}" fill="${fill}"/>`);
    if (k > 0)
      parts.push(
        `<line x1="${n(x)}" y1="${n(y)}" x2="${n(x + b.width)}" y2="${n(y)}" stroke="${SEPARATOR}" stroke-width="0.5"/>`,
      );
    const centre = s.kind === "uraian" || s.kind === "mark";
    const tx = centre ? x + b.width / 2 : x + POINT_METRICS.padX;
    const attrs = `${centre ? ` text-anchor="middle" font-weight="bold"` : ""}${s.kind === "capaian" ? ` font-size="9"` : ""}`;
    const lines = s.lines.map(
      (line, i) =>
        `<tspan x="${n(tx)}" y="${n(y + POINT_METRICS.padY + (i + 0.78) * POINT_METRICS.lineHeight)}">${escapeXml(line)}</tspan>`,
    );
    parts.push(`<text fill="${TEXT_COLOR}"${attrs}>${lines.join("")}</text>`);
    y += s.size;
  }
  parts.push(
    `<rect x="${n(x)}" y="${n(b.y + dy)}" width="${n(b.width)}" height="${n(b.height)}" fill="none" stroke="${LINE_COLOR}" stroke-width="1.25"/>`,
  );
  parts.push(`</g>`);
  return parts.join("");
}

/** The diff marks' legend: a swatch and its meaning per kind shown (SPEC §12). */
function legend(kinds: readonly MarkKind[], lang: "id" | "en", y: number): string {
  let x = MARGIN;
  const parts = [`<g data-legend="marks" font-size="9">`];
  for (const k of kinds) {
    const label = markMeaning(k, lang);
    parts.push(
      `<rect x="${x}" y="${y}" width="10" height="10" fill="${MARK_FILLS[k]}" stroke="${LINE_COLOR}" stroke-width="0.5"/>`,
      `<text x="${x + 14}" y="${y + 8.5}" fill="${TEXT_COLOR}">${escapeXml(label)}</text>`,
    );
    x += 24 + label.length * 4.8;
  }
  parts.push(`</g>`);
  return parts.join("");
}

/** An elbow from the parent's bottom (right) edge to the child's top (left) edge through the gap's middle. */
function connector(layout: DiagramLayout, p: PlacedBox, c: PlacedBox, dx: number, dy: number): string {
  const band = layout.bands[p.depth]!;
  const next = layout.bands[p.depth + 1]?.start ?? band.start + band.size;
  if (layout.orientation === "down") {
    const mid = (band.start + band.size + next) / 2 + dy;
    const px = p.x + p.width / 2 + dx;
    const start = `M${n(px)} ${n(p.y + p.height + dy)}V${n(mid)}`;
    if (c.spine !== undefined) {
      return `${start}H${n(c.spine + dx)}V${n(c.y + c.height / 2 + dy)}H${n(c.x + dx)}`;
    }
    return `${start}H${n(c.x + c.width / 2 + dx)}V${n(c.y + dy)}`;
  }
  const mid = (band.start + band.size + next) / 2 + dx;
  const py = p.y + p.height / 2 + dy;
  const cy = c.y + c.height / 2 + dy;
  return `M${n(p.x + p.width + dx)} ${n(py)}H${n(mid)}V${n(cy)}H${n(c.x + dx)}`;
}

/** Coordinates with at most two decimals: small files, the same text for the same input. */
function n(v: number): string {
  return String(Math.round(v * 100) / 100);
}
