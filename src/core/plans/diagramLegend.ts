import { PREDIKAT_BANDS } from "../capaian/predikat";
import { markKinds } from "../layout/boxMarks";
import { LINE_COLOR } from "../layout/colors";
import type { DiagramLayout } from "../layout/layoutDiagram";
import type { Lang } from "../messages";
import type { Model } from "../model/buildModel";
import { legendEntries } from "./diagramTitle";
import type { CellBlock, FormatPlan, RangeRef } from "./types";

/** The widest a legend swatch gets, in the diagram's narrow columns. */
const LEGEND_COLS = 12;

/**
 * The diagram's legend in cells: one merged, filled swatch per level shown, per predikat band
 * when capaian is shown and per mark used, side by side from column 1. A narrow tree gets
 * narrower swatches, so the legend does not set the printed width.
 * @param model the pohon kinerja (level names)
 * @param layout the diagram's layout, in cells
 * @param lang language of the texts
 * @param row the sheet row of the legend
 * @returns the cells, merges and formats, and the last column the legend takes
 * @example diagramLegend(model, layout, "id", 3).merges.length // one per entry
 */
export function diagramLegend(
  model: Model,
  layout: DiagramLayout,
  lang: Lang,
  row: number,
): { blocks: CellBlock[]; merges: RangeRef[]; formats: FormatPlan[]; lastCol: number } {
  const shownLevels = [...new Set(layout.boxes.map((b) => b.box.level))].sort((a, b) => a - b);
  const hasCapaian = layout.boxes.some((b) => b.sections.some((s) => s.kind === "capaian"));
  const entries = legendEntries(
    model,
    shownLevels,
    hasCapaian ? PREDIKAT_BANDS.map((b) => b.predikat) : [],
    lang,
    markKinds(layout.boxes.flatMap((b) => b.sections.flatMap((s) => (s.mark ? [s.mark] : [])))),
  );
  const cols = Math.max(7, Math.min(LEGEND_COLS, Math.floor(layout.width / Math.max(1, entries.length)) - 1));
  const blocks: CellBlock[] = [];
  const merges: RangeRef[] = [];
  const formats: FormatPlan[] = [];
  const outline = { style: "thin" as const, color: LINE_COLOR };
  entries.forEach((entry, i) => {
    const at = { row, col: 1 + i * (cols + 1), cols };
    blocks.push({ row: at.row, col: at.col, values: [[entry.text]] });
    merges.push(at);
    formats.push({
      range: at,
      fill: entry.fill,
      fontSize: 9,
      hAlign: "center",
      vAlign: "middle",
      wrap: true,
      outline,
    });
  });
  return { blocks, merges, formats, lastCol: 1 + entries.length * (cols + 1) };
}
