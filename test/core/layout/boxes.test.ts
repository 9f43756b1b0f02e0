import { buildBoxes, type StatementBox } from "../../../src/core/layout/boxes";
import { treeModel } from "./treeWorkbook";

/** A box tree as plain data: id, level, kodes and children. */
function shape(box: StatementBox): unknown {
  return { id: box.id, kodes: box.indicators.map((i) => i.kode), children: box.children.map(shape) };
}

describe("buildBoxes", () => {
  test("buildBoxes(model) makes one box per statement whose parents share a box, orphans as extra tops", () => {
    const roots = buildBoxes(treeModel(), { year: 2025, lang: "id" });
    expect(roots.map(shape)).toEqual([
      {
        id: "1",
        kodes: ["1"],
        children: [
          {
            id: "1.1",
            kodes: ["1.1", "1.2"],
            children: [{ id: "1.1.1", kodes: ["1.1.1", "1.2.1"], children: [] }],
          },
          { id: "1.3", kodes: ["1.3"], children: [{ id: "1.3.1", kodes: ["1.3.1"], children: [] }] },
        ],
      },
      { id: "9.9.9", kodes: ["9.9.9"], children: [] },
    ]);
  });

  test("buildBoxes gives the Uraian, each indicator with its target and unit, and the capaian when known", () => {
    const [root] = buildBoxes(treeModel(), { year: 2025, lang: "id" });
    expect(root!.sections).toEqual([
      { kind: "uraian", text: "Tujuan A" },
      { kind: "indikator", text: "IKU 1 — Target 2025: 80 %" },
      { kind: "capaian", text: "Capaian 2025: 95% — Sangat Tinggi", predikat: "Sangat Tinggi" },
    ]);
    expect(root!.children[0]!.sections).toEqual([
      { kind: "uraian", text: "Sasaran A" },
      { kind: "indikator", text: "IKU a — Target 2025: 10 %" },
      { kind: "indikator", text: "IKU b — Target 2025: 1.234,5 orang" },
    ]);
  });

  test("a box's target is rounded as a person rounds it: 2.675 shows 2,68 / 2.68, 1.005 shows 1,01", () => {
    // toFixed(2) gave "2.67" and "1.00": the doubles lie just below the halves.
    const model = treeModel((levels) => {
      levels[1]![0] = { ...levels[1]![0]!, targets: { 2025: 2.675 } };
      levels[1]![1] = { ...levels[1]![1]!, targets: { 2025: 1.005 } };
    });
    const texts = (lang: "id" | "en") =>
      buildBoxes(model, { year: 2025, lang })[0]!
        .children[0]!.sections.slice(1)
        .map((s) => s.text);
    expect(texts("id")).toEqual(["IKU a — Target 2025: 2,68 %", "IKU b — Target 2025: 1,01 orang"]);
    expect(texts("en")).toEqual(["IKU a — Target 2025: 2.68 %", "IKU b — Target 2025: 1.01 orang"]);
  });

  test("buildBoxes in English without a year lists indicators with their unit only", () => {
    const [root] = buildBoxes(treeModel(), { lang: "en" });
    expect(root!.sections).toEqual([
      { kind: "uraian", text: "Tujuan A" },
      { kind: "indikator", text: "IKU 1 (%)" },
    ]);
  });

  test("buildBoxes shows a missing target as a dash and text that is no number as it is", () => {
    const model = treeModel((levels) => {
      levels[0]![0] = { ...levels[0]![0]!, targets: { 2025: "" } };
      levels[1]![2] = { ...levels[1]![2]!, targets: { 2025: "tinggi" } };
    });
    const [root] = buildBoxes(model, { year: 2025, lang: "en" });
    expect(root!.sections[1]).toEqual({ kind: "indikator", text: "IKU 1 — Target 2025: –" });
    expect(root!.children[1]!.sections[1]).toEqual({
      kind: "indikator",
      text: "IKU c — Target 2025: tinggi",
    });
  });
});
