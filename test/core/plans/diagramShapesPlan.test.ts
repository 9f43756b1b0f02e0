import { LEVEL_FILLS, PREDIKAT_FILLS } from "../../../src/core/layout/colors";
import { diagramShapesPlan } from "../../../src/core/plans/diagramShapesPlan";
import { treeModel } from "../layout/treeWorkbook";

const AT = new Date(2025, 0, 31, 9, 5);

describe("diagramShapesPlan", () => {
  test("diagramShapesPlan(model) stacks one rectangle per section and binds connectors from the parent's bottom section", () => {
    const p = diagramShapesPlan(treeModel(), { orientation: "down", lang: "id", generatedAt: AT });
    const boxes = p.shapes!.boxes;
    expect(
      boxes.filter((b) => b.id.startsWith("1/") || b.id === "1").map((b) => [b.id, b.text, b.fill]),
    ).toEqual([
      ["1", "Tujuan A", LEVEL_FILLS[0]],
      ["1/1", "IKU 1 — Target 2025: 80 %", LEVEL_FILLS[0]],
      ["1/2", "Capaian 2025: 95% — Sangat Tinggi", PREDIKAT_FILLS["Sangat Tinggi"]],
    ]);
    const root = boxes.filter((b) => b.id === "1" || b.id.startsWith("1/"));
    root.forEach((b, i) => i > 0 && expect(b.top).toBeCloseTo(root[i - 1]!.top + root[i - 1]!.height, 9));
    expect(p.shapes!.connectors).toEqual([
      { from: "1/2", to: "1.1", color: "#404040" },
      { from: "1.1/2", to: "1.1.1", color: "#404040" },
      { from: "1/2", to: "1.3", color: "#404040" },
      { from: "1.3/1", to: "1.3.1", color: "#404040" },
    ]);
    expect(p.shapes!.group).toBe("Pohon Kinerja");
  });

  test("diagramShapesPlan right connects from the parent's Uraian", () => {
    const p = diagramShapesPlan(treeModel(), { orientation: "right", lang: "id", generatedAt: AT });
    expect(p.shapes!.connectors.map((c) => c.from)).toEqual(["1", "1.1", "1", "1.3"]);
  });

  test("diagramShapesPlan keeps every id unique and every shape inside the sheet", () => {
    const p = diagramShapesPlan(treeModel(), { orientation: "down", lang: "en", generatedAt: AT });
    const ids = p.shapes!.boxes.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(p.shapes!.boxes.filter((b) => b.left < 0 || b.top < 40 || b.width <= 0 || b.height <= 0)).toEqual(
      [],
    );
  });
});
