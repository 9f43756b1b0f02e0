import {
  checkAction,
  importAction,
  importPreviewAction,
  importSources,
  periksaAction,
  referenceAction,
  templateAction,
} from "../../../src/core/actions";
import { BANJARNEGARA } from "../../../src/core/sample";
import { dataAfterPlan } from "../../../src/core/plans/dataAfterPlan";
import { pastedMatrix } from "../../helpers/pastedMatrix";
import { cleanWorkbook } from "../../helpers/workbook";

const NOW = new Date(2026, 0, 15, 8, 30);

describe("templateAction", () => {
  test("the sample writes every indicator of the Banjarnegara data; the empty template none", () => {
    const sample = templateAction({ sample: true, lang: "id" });
    const count = BANJARNEGARA.levels.reduce((n, l) => n + l.rows.length, 0);
    expect(sample.indicators).toBe(count);
    const data = dataAfterPlan({ sheets: [] }, sample.plan);
    const kodes = data.sheets.slice(1).reduce((n, s) => n + s.values.length - 1, 0);
    expect(kodes).toBe(count);
    expect(templateAction({ sample: false, lang: "en" }).indicators).toBe(0);
  });
});

describe("checkAction and periksaAction", () => {
  const broken = cleanWorkbook((levels) => {
    levels[2]![0]!.satuan = "";
  });

  test("the findings, sorted, with their error count; a clean workbook has none", () => {
    const { findings, errors } = checkAction(broken, { lang: "en", now: NOW });
    expect(findings.map((f) => [f.rule, f.sheet])).toEqual([["POKIN010", "Program"]]);
    expect(errors).toBe(1);
    expect(checkAction(cleanWorkbook(), { lang: "id", now: NOW })).toEqual({
      findings: [],
      excepted: 0,
      errors: 0,
    });
  });

  test("the ribbon's Periksa plans Hasil Pemeriksaan with one row per finding and selects the first", () => {
    const { plan, findings } = periksaAction(broken, { lang: "id", now: NOW });
    expect(plan.sheets.map((s) => s.name)).toEqual(["Hasil Pemeriksaan"]);
    expect(plan.activate).toEqual({ sheet: "Hasil Pemeriksaan", range: { row: 4, col: 0, cols: 9 } });
    const written = dataAfterPlan({ sheets: [] }, plan).sheets[0]!.values;
    expect(written.slice(4).map((r) => r[1])).toEqual(findings.map((f) => f.rule));
  });
});

describe("importPreviewAction and importAction", () => {
  const clean = cleanWorkbook();
  const data = { sheets: [...clean.sheets, { name: "Tempel", values: pastedMatrix(12) }] };

  test("the template's sources are the sheets that are neither levels nor Pokin's own", () => {
    const names = [...data.sheets.map((s) => s.name), "Cascading", "Cadangan Program 20260101-0800"];
    expect(importSources(names, data, NOW)).toEqual(["Tempel"]);
  });

  test("an import plans backups first, then the level sheets, and gives the workbook after it", () => {
    const imported = importAction(data, { sheet: "Tempel" }, NOW);
    if (imported.problem) throw new Error(imported.problem.message.en);
    const backups = imported.levels.map((l) => l.backup);
    expect(imported.plan.sheets.map((s) => s.name)).toEqual([
      ...backups,
      ...imported.levels.map((l) => l.level),
    ]);
    const program = imported.workbook.sheets.find((s) => s.name === "Program")!;
    const appended = imported.levels.find((l) => l.level === "Program")!.appended;
    const before = data.sheets.find((s) => s.name === "Program")!.values.length;
    expect(program.values.length).toBe(before + appended);
  });

  test("problems are coded values: no sheet, a change not understood; the preview is still given", () => {
    const gone = importAction(data, { sheet: "Hilang" }, NOW);
    expect(gone.problem?.code).toBe("problem.no-sheet");
    expect(gone.problem?.message.en).toBe("There is no sheet 'Hilang'.");
    expect(gone.plan).toBeUndefined();
    const bad = importPreviewAction(data, { sheet: "Tempel", map: "H=Sesuatu" }, NOW);
    expect(bad.problem?.code).toBe("problem.map-entry");
    expect(bad.preview.mapping?.columns.length).toBeGreaterThan(0);
    expect(importPreviewAction(data, { sheet: "Tempel", map: "H=Lewati" }, NOW).problem).toBeUndefined();
  });

  test("a reference file without a nomenclature list is a coded problem", () => {
    const none = referenceAction({ sheets: [{ name: "Lain", values: [["x"]] }] });
    expect(none.problem?.code).toBe("problem.no-reference");
  });
});
