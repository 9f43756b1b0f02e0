import type { ShapeBox, ShapesPlan } from "../../core/plans/types";
import { bytesOf, type SheetGetter, type Write } from "./writes";

/** Connection sites of a rectangle, counter-clockwise from the top (Excel's numbering). */
const SITE = { top: 0, left: 1, bottom: 2, right: 3 } as const;

/**
 * The writes that draw a diagram as shapes (ExcelApi 1.9, checked by the caller): one
 * rectangle per box, one straight line per connector glued to both boxes, then one group.
 */
export function shapeWrites(sheet: SheetGetter, plan: ShapesPlan): Write[] {
  const drawn = new Map<string, Excel.Shape>();
  const boxes = new Map(plan.boxes.map((b) => [b.id, b]));
  const writes: Write[] = plan.boxes.map((box) => ({
    bytes: bytesOf(box),
    queue: () => {
      const shape = sheet().shapes.addGeometricShape("Rectangle");
      shape.name = box.id;
      shape.left = box.left;
      shape.top = box.top;
      shape.width = box.width;
      shape.height = box.height;
      shape.fill.setSolidColor(box.fill);
      shape.lineFormat.color = box.lineColor;
      shape.textFrame.horizontalAlignment = "Center";
      shape.textFrame.verticalAlignment = "Middle";
      shape.textFrame.textRange.text = box.text;
      shape.textFrame.textRange.font.color = box.fontColor;
      drawn.set(box.id, shape);
    },
  }));
  const lines: Excel.Shape[] = [];
  for (const c of plan.connectors) {
    const from = boxes.get(c.from);
    const to = boxes.get(c.to);
    if (!from || !to) continue; // a connector to a box that is not drawn would fail the whole batch
    writes.push({
      bytes: bytesOf(c),
      queue: () => {
        const [fromSite, toSite] = sites(from, to);
        const a = sitePoint(from, fromSite);
        const b = sitePoint(to, toSite);
        const line = sheet().shapes.addLine(a.x, a.y, b.x, b.y, "Straight");
        line.lineFormat.color = c.color;
        const begin = drawn.get(c.from);
        const end = drawn.get(c.to);
        if (begin) line.line.connectBeginShape(begin, fromSite);
        if (end) line.line.connectEndShape(end, toSite);
        lines.push(line);
      },
    });
  }
  const group = plan.group;
  if (group && plan.boxes.length + lines.length > 1) {
    writes.push({
      bytes: bytesOf(group),
      queue: () => {
        const all = [...drawn.values(), ...lines];
        if (all.length > 1) sheet().shapes.addGroup(all).name = group;
      },
    });
  }
  return writes;
}

/** Below → bottom to top; to the right → right to left (tree drawn down or right). */
function sites(from: ShapeBox, to: ShapeBox): [number, number] {
  if (to.top >= from.top + from.height) return [SITE.bottom, SITE.top];
  if (to.left >= from.left + from.width) return [SITE.right, SITE.left];
  if (to.top + to.height <= from.top) return [SITE.top, SITE.bottom];
  return [SITE.left, SITE.right];
}

function sitePoint(box: ShapeBox, site: number): { x: number; y: number } {
  const cx = box.left + box.width / 2;
  const cy = box.top + box.height / 2;
  if (site === SITE.top) return { x: cx, y: box.top };
  if (site === SITE.bottom) return { x: cx, y: box.top + box.height };
  if (site === SITE.left) return { x: box.left, y: cy };
  return { x: box.left + box.width, y: cy };
}
