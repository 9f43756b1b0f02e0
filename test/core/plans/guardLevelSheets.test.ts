import { buildModel } from "../../../src/core/model/buildModel";
import { buildPlan } from "../../../src/core/plans/buildPlan";
import { selectedBuildPlan } from "../../../src/core/plans/buildSelection";
import { guardLevelSheets, LEVEL_SHEET_KEPT } from "../../../src/core/plans/guardLevelSheets";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook, LEVELS, settingsSheet } from "../../helpers/workbook";

const AT = new Date(2025, 0, 31, 9, 5);
const BASE = { orientation: "down", lang: "id", generatedAt: AT, year: 2025 } as const;

/** The clean workbook with its Program level renamed to `name` in Pengaturan and on the sheet. */
function programCalled(name: string): WorkbookData {
  const wb = cleanWorkbook();
  return {
    sheets: wb.sheets.map((s) =>
      s.name === "Pengaturan"
        ? settingsSheet([
            ["Tahun Awal", 2025],
            ["Tahun Akhir", 2027],
            ...LEVELS.map((l, i): [string, unknown] => [`Level ${i + 1}`, l === "Program" ? name : l]),
          ])
        : s.name === "Program"
          ? { ...s, name }
          : s,
    ),
  };
}

describe("guardLevelSheets: a build never writes over a level sheet", () => {
  test.each(["Cascading", "Hasil Pemeriksaan", "Pohon Kinerja", "Capaian 2025"])(
    "Level 3 = %s: buildPlan leaves that sheet out with a coded message and writes the others",
    (name) => {
      const plan = buildPlan(buildModel(programCalled(name)), { ...BASE, shapes: false });
      const all = ["Pohon Kinerja", "Cascading", "Capaian 2025", "Hasil Pemeriksaan"];
      expect(plan.sheets.map((s) => s.name)).toEqual(all.filter((s) => s !== name));
      expect(plan.refused).toEqual([
        {
          code: LEVEL_SHEET_KEPT,
          sheet: name,
          id: `Lembar '${name}' tidak ditulis: lembar itu adalah lembar level di Pengaturan, datanya dibiarkan utuh. Ganti nama level itu.`,
          en: `Sheet '${name}' was not written: it is a level sheet in Pengaturan, its data is left as it is. Rename that level.`,
        },
      ]);
      expect(plan.activate).toEqual({ sheet: name === "Pohon Kinerja" ? "Cascading" : "Pohon Kinerja" });
    },
  );

  test("selectedBuildPlan of only the level-named sheet plans nothing, activates nothing and says why", () => {
    const { plan } = selectedBuildPlan(
      buildModel(programCalled("Cascading")),
      { ...BASE, sheets: ["cascading"] },
      false,
    );
    expect(plan?.sheets).toEqual([]);
    expect(plan?.activate).toBeUndefined();
    expect(plan?.refused?.map((r) => r.code)).toEqual([LEVEL_SHEET_KEPT]);
  });

  test("guardLevelSheets drops a plan sheet named like a level the model reads (any case/spacing), whatever its mode", () => {
    const model = buildModel(cleanWorkbook());
    const plan = {
      sheets: [
        { name: "sub  KEGIATAN", mode: "replace" as const },
        { name: "Program", mode: "update" as const },
        { name: "Cascading", mode: "replace" as const },
      ],
      activate: { sheet: "Program" },
    };
    const guarded = guardLevelSheets(plan, model);
    expect(guarded.plan).toEqual({ sheets: [plan.sheets[2]], activate: { sheet: "Cascading" } });
    expect(guarded.refused.map((r) => r.en)).toEqual([
      "Sheet 'sub  KEGIATAN' was not written: it is a level sheet in Pengaturan, its data is left as it is. Rename that level.",
      "Sheet 'Program' was not written: it is a level sheet in Pengaturan, its data is left as it is. Rename that level.",
    ]);
  });

  test("a clean workbook's build plan is unchanged by the guard and has no refused list", () => {
    const plan = buildPlan(buildModel(cleanWorkbook()), { ...BASE, shapes: false });
    expect(plan.refused).toBeUndefined();
    expect(plan.sheets).toHaveLength(4);
  });
});
