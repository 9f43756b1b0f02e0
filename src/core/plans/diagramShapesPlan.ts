import { markKinds, markLegend } from "../layout/boxMarks";
import { LINE_COLOR, sectionFill, TEXT_COLOR } from "../layout/colors";
import { diagramSelection, type DiagramOptions } from "../layout/diagramSelection";
import { fitDiagram } from "../layout/fitDiagram";
import { POINT_GAPS, POINT_METRICS } from "../layout/metrics";
import type { Model } from "../model/buildModel";
import { DIAGRAM_SHEET, diagramCellsPlan } from "./diagramCellsPlan";
import { diagramTitle } from "./diagramTitle";
import { generatedNote } from "./generatedNote";
import { SHAPES_ORIGIN, SHAPES_SHEET, shapesGrid } from "./shapesGrid";
import type { ShapeBox, ShapeConnector, SheetPlan } from "./types";

/**
 * The most shapes (sections and connectors) a diagram is drawn with: Excel adds them one call
 * each, and past a few thousand the sheet takes minutes to draw and to scroll. A bigger
 * diagram is drawn in cells, and the sheet says so.
 */
export const MAX_SHAPES = 4000;

/** Code of the notice "drawn in cells: too many boxes for shapes". */
export const SHAPES_TO_CELLS = "DIAGRAM_SHAPES_TO_CELLS";

/**
 * Plans the `Pohon Kinerja` sheet as shapes (ExcelApi 1.9, SPEC §5). Each box is a stack of
 * rectangles, one per section — the Uraian (its id is the box's id, the Kode of its first
 * indicator), each indicator (`id/1`, `id/2` …), each capaian filled by its predikat — so
 * every part keeps its own colour. Connectors are elbow lines bound to the shapes: from the
 * parent's last section (down: its bottom edge) or its Uraian (right), to the child's Uraian.
 * All shapes go into one group. The cells hold only the generated line and the title.
 * @param model the pohon kinerja
 * @param options year, orientation, root, depth, language, time stamp
 * @returns a `replace` sheet plan with `shapes`
 * @example diagramShapesPlan(model, { orientation: "right", lang: "en", generatedAt: new Date() }).shapes?.boxes.length
 */
export function diagramShapesPlan(model: Model, options: DiagramOptions): SheetPlan {
  const { lang } = options;
  const selection = diagramSelection(model, options);
  const fitted = fitDiagram(selection.roots ?? [], POINT_METRICS, options.orientation, POINT_GAPS, {
    width: SHAPES_SHEET.width - SHAPES_ORIGIN.left,
    height: SHAPES_SHEET.height - SHAPES_ORIGIN.top,
  });
  const { adapted } = fitted;
  const shapes = fitted.layout.boxes.reduce((sum, b) => sum + b.sections.length + (b.parent >= 0 ? 1 : 0), 0);
  if (shapes > MAX_SHAPES) {
    return diagramCellsPlan(model, options, [
      {
        code: SHAPES_TO_CELLS,
        id: `Pohon ini butuh ${shapes} bentuk, lebih dari ${MAX_SHAPES} yang masih lancar di Excel, jadi digambar di sel.`,
        en: `This tree needs ${shapes} shapes, more than the ${MAX_SHAPES} Excel still handles smoothly, so it is drawn in cells.`,
      },
    ]);
  }
  const title = diagramTitle(model, options);
  const generated = generatedNote(lang, options.generatedAt);
  const grid = shapesGrid(fitted.layout, [
    { row: 0, col: 0, text: generated, fontSize: 9 },
    { row: 1, col: 0, text: title, fontSize: 14 },
  ]);
  const layout = grid.layout;
  const boxes: ShapeBox[] = [];
  const connectors: ShapeConnector[] = [];
  const lastSection: string[] = [];
  for (const placed of layout.boxes) {
    let top = SHAPES_ORIGIN.top + placed.y;
    placed.sections.forEach((s, k) => {
      const id = k === 0 ? placed.box.id : `${placed.box.id}/${k}`;
      boxes.push({
        id,
        left: SHAPES_ORIGIN.left + placed.x,
        top,
        width: placed.width,
        height: s.size,
        text: s.text,
        fill: sectionFill(s, placed.box.level),
        fontColor: TEXT_COLOR,
        lineColor: LINE_COLOR,
      });
      top += s.size;
    });
    lastSection.push(
      placed.sections.length > 1 ? `${placed.box.id}/${placed.sections.length - 1}` : placed.box.id,
    );
  }
  for (const placed of layout.boxes) {
    if (placed.parent < 0) continue;
    const parent = layout.boxes[placed.parent]!;
    const from = options.orientation === "down" ? lastSection[placed.parent]! : parent.box.id;
    connectors.push({ from, to: placed.box.id, color: LINE_COLOR });
  }
  const marked = markKinds(layout.boxes.flatMap((b) => b.sections.flatMap((s) => (s.mark ? [s.mark] : []))));
  const note =
    selection.problem?.[lang] ??
    (layout.boxes.length === 0
      ? lang === "en"
        ? "No indicators to draw yet."
        : "Belum ada indikator untuk digambar."
      : undefined);
  return {
    name: DIAGRAM_SHEET,
    mode: "replace",
    tabColor: "#1F4E79",
    showGridlines: false,
    ...(adapted ? { notices: [adapted] } : {}),
    blocks: [
      {
        row: 0,
        col: 0,
        values: [
          [generated],
          [title],
          ...(note || adapted ? [[note ?? adapted![lang]]] : []),
          ...(marked.length > 0 ? [[markLegend(lang, marked)]] : []),
        ],
      },
    ],
    formats: [
      { range: { row: 0, col: 0 }, italic: true, fontColor: "#555555", fontSize: 9 },
      { range: { row: 1, col: 0 }, bold: true, fontSize: 14 },
    ],
    columnWidths: grid.columnWidths,
    rowHeights: grid.rowHeights,
    print: { ...grid.print, header: title },
    shapes: { boxes, connectors, group: DIAGRAM_SHEET },
  };
}
