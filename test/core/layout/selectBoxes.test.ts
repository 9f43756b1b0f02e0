import { buildBoxes } from "../../../src/core/layout/boxes";
import { selectBoxes, type DiagramNode } from "../../../src/core/layout/selectBoxes";
import { treeModel } from "./treeWorkbook";

const ids = (n: DiagramNode): unknown => [n.box.id, n.children.map(ids)];
const boxes = () => buildBoxes(treeModel(), { year: 2025, lang: "id" });

describe("selectBoxes", () => {
  test("selectBoxes(roots, {}) keeps every box", () => {
    expect(selectBoxes(boxes(), {}).roots?.map(ids)).toEqual([
      [
        "1",
        [
          ["1.1", [["1.1.1", []]]],
          ["1.3", [["1.3.1", []]]],
        ],
      ],
      ["9.9.9", []],
    ]);
  });

  test("selectBoxes with root keeps the box holding that Kode and its subtree, whatever indicator of the box is named", () => {
    expect(selectBoxes(boxes(), { root: "1.2" }).roots?.map(ids)).toEqual([["1.1", [["1.1.1", []]]]]);
    expect(selectBoxes(boxes(), { root: " 1.3 " }).roots?.map(ids)).toEqual([["1.3", [["1.3.1", []]]]]);
  });

  test("selectBoxes with depth keeps only the top N levels; with root they count from the root", () => {
    expect(selectBoxes(boxes(), { depth: 1 }).roots?.map(ids)).toEqual([["1", []]]);
    expect(selectBoxes(boxes(), { depth: 2 }).roots?.map(ids)).toEqual([
      [
        "1",
        [
          ["1.1", []],
          ["1.3", []],
        ],
      ],
    ]);
    expect(selectBoxes(boxes(), { root: "1.1", depth: 1 }).roots?.map(ids)).toEqual([["1.1", []]]);
  });

  test("selectBoxes reports an unknown Kode and a depth below 1 in both languages", () => {
    expect(selectBoxes(boxes(), { root: "7" })).toEqual({
      problem: {
        id: "Kode '7' tidak ditemukan di pohon kinerja.",
        en: "Kode '7' is not in the performance tree.",
      },
    });
    expect(selectBoxes(boxes(), { depth: 0 }).problem?.en).toMatch(/^Depth must be a whole number/);
  });
});
