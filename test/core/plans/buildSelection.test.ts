import { buildPlan } from "../../../src/core/plans/buildPlan";
import { selectedBuildPlan } from "../../../src/core/plans/buildSelection";
import { treeModel } from "../layout/treeWorkbook";

const AT = new Date(2025, 0, 31, 9, 5);
const BASE = { orientation: "down", lang: "id", generatedAt: AT } as const;

describe("selectedBuildPlan", () => {
  test("selectedBuildPlan(model, choice) without a sheet list is buildPlan's whole plan", () => {
    const model = treeModel();
    expect(selectedBuildPlan(model, BASE, true)).toEqual({
      plan: buildPlan(model, { ...BASE, shapes: true }),
    });
  });

  test("selectedBuildPlan keeps only the chosen sheets and activates the first when the diagram is left out", () => {
    const { plan } = selectedBuildPlan(treeModel(), { ...BASE, sheets: ["report", "capaian"] }, false);
    expect(plan?.sheets.map((s) => s.name)).toEqual(["Capaian 2025", "Hasil Pemeriksaan"]);
    expect(plan?.activate).toEqual({ sheet: "Capaian 2025" });
  });

  test("selectedBuildPlan with no sheet chosen plans nothing and activates nothing", () => {
    expect(selectedBuildPlan(treeModel(), { ...BASE, sheets: [] }, false)).toEqual({ plan: { sheets: [] } });
  });

  test("selectedBuildPlan with an unknown subtree Kode returns the problem, unless the diagram is left out", () => {
    const bad = { ...BASE, root: "X.9" };
    expect(selectedBuildPlan(treeModel(), bad, false)).toEqual({
      problem: {
        id: "Kode 'X.9' tidak ditemukan di pohon kinerja.",
        en: "Kode 'X.9' is not in the performance tree.",
      },
    });
    expect(
      selectedBuildPlan(treeModel(), { ...bad, sheets: ["cascading"] }, false).plan?.sheets,
    ).toHaveLength(1);
  });
});
