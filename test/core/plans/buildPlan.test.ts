import { MemoryWorkbook } from "../../../src/adapters/memory";
import { buildPlan } from "../../../src/core/plans/buildPlan";
import { treeModel, treeWorkbook } from "../layout/treeWorkbook";

const AT = new Date(2025, 0, 31, 9, 5);

describe("buildPlan", () => {
  test("buildPlan(model) rewrites the four generated sheets and no level sheet", () => {
    const plan = buildPlan(treeModel(), { orientation: "down", lang: "id", generatedAt: AT, shapes: false });
    expect(plan.sheets.map((s) => [s.name, s.mode])).toEqual([
      ["Pohon Kinerja", "replace"],
      ["Cascading", "replace"],
      ["Capaian 2025", "replace"],
      ["Hasil Pemeriksaan", "replace"],
    ]);
    expect(plan.sheets[0]!.shapes).toBeUndefined();
    expect(plan.activate).toEqual({ sheet: "Pohon Kinerja" });
  });

  test("buildPlan with shapes draws the diagram as shapes and takes the year given", () => {
    const plan = buildPlan(treeModel(), {
      year: 2026,
      orientation: "right",
      lang: "en",
      generatedAt: AT,
      shapes: true,
    });
    expect(plan.sheets[0]!.shapes?.boxes.length).toBeGreaterThan(0);
    expect(plan.sheets.map((s) => s.name)).toContain("Capaian 2026");
  });

  test("buildPlan applied to the workbook keeps the level sheets' values as they were", () => {
    const data = treeWorkbook();
    const wb = MemoryWorkbook.from(data);
    wb.apply(buildPlan(treeModel(), { orientation: "down", lang: "id", generatedAt: AT, shapes: false }));
    const after = wb.toData();
    for (const sheet of data.sheets) {
      const kept = after.sheets.find((s) => s.name === sheet.name)!;
      expect(kept.values.map((r) => r.map((v) => (v === null ? "" : v)))).toEqual(
        sheet.values.map((r) => trimEnd(r.map((v) => (v === null ? "" : v)))),
      );
    }
    expect(after.sheets.map((s) => s.name).slice(-4)).toEqual([
      "Pohon Kinerja",
      "Cascading",
      "Capaian 2025",
      "Hasil Pemeriksaan",
    ]);
  });
});

function trimEnd(row: unknown[]): unknown[] {
  const out = [...row];
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out;
}
