import { LINE_COLOR, levelFill, PREDIKAT_FILLS, TEXT_COLOR } from "../layout/colors";
import { diagramSelection, type DiagramOptions } from "../layout/diagramSelection";
import { layoutDiagram } from "../layout/layoutDiagram";
import { POINT_GAPS, POINT_METRICS } from "../layout/metrics";
import type { Model } from "../model/buildModel";
import { DIAGRAM_SHEET } from "./diagramCellsPlan";
import { diagramTitle } from "./diagramTitle";
import { generatedNote } from "./generatedNote";
import type { ShapeBox, ShapeConnector, SheetPlan } from "./types";

/** Points from the sheet's top-left to the diagram: below the generated line and the title. */
export const SHAPES_ORIGIN = { left: 12, top: 48 } as const;

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
  const layout = layoutDiagram(
    selection.roots ?? [],
    POINT_METRICS,
    options.orientation,
    POINT_GAPS[options.orientation],
  );
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
        fill: s.kind === "capaian" && s.predikat ? PREDIKAT_FILLS[s.predikat] : levelFill(placed.box.level),
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
    blocks: [
      {
        row: 0,
        col: 0,
        values: [
          [generatedNote(lang, options.generatedAt)],
          [diagramTitle(model, options)],
          ...(note ? [[note]] : []),
        ],
      },
    ],
    formats: [
      { range: { row: 0, col: 0 }, italic: true, fontColor: "#555555", fontSize: 9 },
      { range: { row: 1, col: 0 }, bold: true, fontSize: 14 },
    ],
    print: { landscape: true, fitToWidth: true, header: diagramTitle(model, options) },
    shapes: { boxes, connectors, group: DIAGRAM_SHEET },
  };
}
