/** Fake `ShapeCollection` (ExcelApi 1.9): shapes are recorded, never drawn. */
import type { FakeShape, FakeSheet } from "./fakeGrid";
import { recorder, type Batch, type Spec } from "./fakeRecorder";

const SHAPE: Spec = {
  name: "set",
  left: "set",
  top: "set",
  width: "set",
  height: "set",
  fill: { setSolidColor: "call" },
  lineFormat: { color: "set", weight: "set" },
  textFrame: {
    horizontalAlignment: "set",
    verticalAlignment: "set",
    textRange: { text: "set", font: { color: "set", size: "set", bold: "set" } },
  },
};

/** A shape proxy: its recorded settings plus `line` for connectors. */
export interface FakeShapeProxy extends Record<string, unknown> {
  readonly record: FakeShape;
}

export class FakeShapes {
  constructor(
    private readonly batch: Batch,
    private readonly sheet: () => FakeSheet,
  ) {}

  addGeometricShape(type: string): FakeShapeProxy {
    return this.add({ kind: "geometric", type, name: "", props: {} }, []);
  }

  addLine(x1: number, y1: number, x2: number, y2: number, type = "Straight"): FakeShapeProxy {
    const record: FakeShape = { kind: "line", type, name: "", props: { x1, y1, x2, y2 } };
    const connect = (end: "begin" | "end") => (other: FakeShapeProxy, site: number) =>
      this.batch.queue(`line.connect${end}`, site, () => {
        record[end] = { shape: other.record.name, site };
      });
    const line = { connectBeginShape: connect("begin"), connectEndShape: connect("end") };
    return this.add(record, [x1, y1, x2, y2], { line });
  }

  addGroup(members: FakeShapeProxy[]): FakeShapeProxy {
    const group = this.add({ kind: "group", type: "Group", name: "", props: {} }, members.length);
    this.batch.queue("group.members", 0, () => {
      group.record.members = members.map((m) => m.record.name);
    });
    return group;
  }

  private add(record: FakeShape, payload: unknown, extras: Record<string, unknown> = {}): FakeShapeProxy {
    this.batch.queue(`shapes.add ${record.kind}`, payload, () => this.sheet().shapes.push(record));
    const settings = recorder(this.batch, "shape", SHAPE, (path, value) => {
      if (path === "shape.name") record.name = String(value);
      else record.props[path.slice("shape.".length)] = Array.isArray(value) ? value[0] : value;
    });
    return new Proxy(settings as FakeShapeProxy, {
      get: (target, prop) => {
        if (prop === "record") return record;
        if (typeof prop === "string" && prop in extras) return extras[prop];
        return Reflect.get(target, prop);
      },
    });
  }
}
