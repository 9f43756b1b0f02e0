import {
  buildAction,
  buildModelAction,
  diagramPreviewAction,
  fittedChoice,
  PREVIEW_MAX_BOXES,
  templateAction,
} from "../../../src/core/actions";
import { MIN_PREVIEW_ZOOM, PREVIEW_WIDTH, previewZoom } from "../../../src/core/actions/previewBranches";
import { buildModel } from "../../../src/core/model/buildModel";
import { dataAfterPlan } from "../../../src/core/plans/dataAfterPlan";
import { checkWorkbook } from "../../../src/core/rules/runChecks";
import { bigWorkbookData } from "../../helpers/bigWorkbook";

const NOW = new Date(2026, 0, 15, 8, 30);
const sample = dataAfterPlan({ sheets: [] }, templateAction({ sample: true, lang: "id" }).plan);
const model = buildModel(sample, { now: NOW });
const context = { lang: "id", now: NOW, shapes: false } as const;

describe("buildAction: Buat / pokin build as one pure function", () => {
  test("with nothing chosen: every generated sheet, Tahun Laporan, down, the check's findings", () => {
    const built = buildAction(sample, {}, context);
    if (built.problem) throw new Error(built.problem.message.en);
    const year = model.settings.reportYear!;
    expect(built.year).toBe(year);
    expect(built.sheets).toEqual(["Pohon Kinerja", "Cascading", `Capaian ${year}`, "Hasil Pemeriksaan"]);
    expect(built.plan.activate?.sheet).toBe("Pohon Kinerja");
    expect(built.findings).toEqual(checkWorkbook(sample, { lang: "id", now: NOW }));
    expect(built.errors).toBe(built.findings!.filter((f) => f.severity === "error").length);
    expect(built.notes).toEqual([]);
  });

  test("the sheets asked for, in write order; no check without the report; shapes when asked", () => {
    const built = buildAction(
      sample,
      { sheets: ["capaian", "diagram"], year: 2025 },
      { ...context, shapes: true },
    );
    if (built.problem) throw new Error(built.problem.message.en);
    expect(built.sheets).toEqual(["Pohon Kinerja", "Capaian 2025"]);
    expect(built.findings).toBeUndefined();
    expect(built.errors).toBe(0);
    expect(built.plan.sheets[0]!.shapes?.boxes.length).toBeGreaterThan(0);
  });

  test("a year outside the period is a coded note in both languages, and the build goes on", () => {
    const built = buildAction(sample, { year: 2031, sheets: ["capaian"] }, { ...context, lang: "en" });
    if (built.problem) throw new Error(built.problem.message.en);
    expect(built.sheets).toEqual(["Capaian 2031"]);
    expect(built.notes.map((n) => n.code)).toEqual(["build.year-outside-period"]);
    expect(built.notes[0]!.en).toMatch(/^Year 2031 is outside the period 2023–.*: no targets\.$/);
    expect(built.notes[0]!.id).toMatch(/^Tahun 2031 di luar periode/);
  });

  test("an unknown subtree Kode or a bad depth is a problem value, never a throw, and plans nothing", () => {
    const root = buildModelAction(model, { root: "9.9.9" }, context);
    expect(root.plan).toBeUndefined();
    expect(root.problem).toEqual({
      code: "build.selection",
      message: {
        id: "Kode '9.9.9' tidak ditemukan di pohon kinerja.",
        en: "Kode '9.9.9' is not in the performance tree.",
      },
    });
    expect(buildModelAction(model, { depth: 0 }, context).problem?.code).toBe("build.selection");
    // Without the diagram, the subtree does not matter.
    expect(
      buildModelAction(model, { root: "9.9.9", sheets: ["cascading"] }, context).problem,
    ).toBeUndefined();
  });
});

describe("diagramPreviewAction and fittedChoice: the pane's Buat", () => {
  test("the preview is the SVG of the choice and counts the boxes it draws", () => {
    const whole = diagramPreviewAction(model, {}, context);
    const top = diagramPreviewAction(model, { depth: 1 }, context);
    expect(whole.svg.startsWith("<?xml")).toBe(true);
    expect(top.boxes).toBeGreaterThan(0);
    expect(whole.boxes).toBeGreaterThan(top.boxes);
    expect(whole.svg).toContain(`TAHUN ${model.settings.reportYear}`);
    expect(diagramPreviewAction(model, { root: "9.9.9" }, context).problem?.code).toBe("build.selection");
  });

  test("on a large tree the preview draws the top levels that fit its box limit and says so in one sentence", () => {
    const big = buildModel(bigWorkbookData(20_000));
    const whole = diagramPreviewAction(big, { depth: 2 }, context);
    const limited = diagramPreviewAction(big, {}, context, { maxBoxes: PREVIEW_MAX_BOXES });
    // 20,000 indicators, two per statement: 100 boxes on level 1, 400 on level 2.
    expect(whole.boxes).toBe(500);
    // 100 boxes side by side would be 1.3 % of their size at the pane's width: the first
    // branches that stay readable (MIN_PREVIEW_ZOOM) are drawn, and the sentence says which.
    const shown = limited.limited?.branches?.shown ?? 0;
    expect(limited.limited).toMatchObject({ depth: 1, branches: { of: 100 } });
    expect(shown).toBeGreaterThan(1);
    expect(shown).toBeLessThan(10);
    expect(limited.boxes).toBe(shown);
    expect(limited.svg.match(/<g [^>]*data-kode/g)?.length).toBe(shown);
    const width = Number(/viewBox="0 0 ([\d.]+)/.exec(limited.svg)![1]);
    expect(PREVIEW_WIDTH / width).toBeGreaterThanOrEqual(MIN_PREVIEW_ZOOM);
    expect(MIN_PREVIEW_ZOOM).toBeGreaterThanOrEqual(0.4);
    // One branch more would be drawn smaller than that.
    expect(previewZoom(width - 40 + 144)).toBeLessThan(MIN_PREVIEW_ZOOM);
    expect(limited.limited?.notice).toEqual({
      id: `Pratinjau menampilkan ${shown} cabang pertama dari 100, hanya tingkat teratas; pilih satu cabang (Kode) untuk melihat yang lain.`,
      en: `The preview shows the first ${shown} of 100 branches, only the top level; pick one branch (Kode) to see the others.`,
    });
    // A chosen branch is previewed whole when it fits, else to the levels that fit under it.
    const branch = { root: big.indicators.find((i) => i.kode.split(".").length === 2)!.kode };
    const whole2 = diagramPreviewAction(big, branch, context);
    expect(diagramPreviewAction(big, branch, context, { maxBoxes: PREVIEW_MAX_BOXES })).toEqual(whole2);
    // The branch holds levels 2–5: one box fewer than it has leaves out its deepest level.
    const cut = diagramPreviewAction(big, branch, context, { maxBoxes: whole2.boxes - 1 });
    expect(cut.limited?.depth).toBe(3);
    expect(cut.boxes).toBeLessThan(whole2.boxes - 1);
    expect(cut.limited?.notice.id).toBe(
      "Pratinjau menampilkan cabang pertama dari 4, 3 tingkat teratas; pilih cabang yang lebih kecil atau kurangi Kedalaman.",
    );
    // Within the limit nothing is cut and nothing is said.
    const small = diagramPreviewAction(model, {}, context, { maxBoxes: PREVIEW_MAX_BOXES });
    expect(small.limited).toBeUndefined();
    expect(small.boxes).toBe(diagramPreviewAction(model, {}, context).boxes);
  });

  test("a choice is kept valid for the workbook: year back to Tahun Laporan, too deep a depth dropped", () => {
    const year = model.settings.reportYear;
    expect(fittedChoice(model, { year: 1990, depth: 99 })).toEqual({ year, depth: undefined });
    const fine = { year: model.settings.years[0], depth: 2, orientation: "right" };
    expect(fittedChoice(model, fine)).toBe(fine);
    expect(fittedChoice(model, { year: undefined, depth: undefined })).toEqual({ year, depth: undefined });
  });
});
