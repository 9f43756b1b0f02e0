import { batchAction, checkFileAction, gabungAction } from "../../../src/core/actions";
import { buildModel } from "../../../src/core/model/buildModel";
import type { TreeContent } from "../../../src/core/model/content";
import { dataAfterPlan } from "../../../src/core/plans/dataAfterPlan";
import { templatePlan } from "../../../src/core/plans/templatePlan";
import { BANJARNEGARA, CONTOH_BAGIAN_ORGANISASI, CONTOH_DINKES } from "../../../src/core/sample";
import { REKAP_SHEET } from "../../../src/core/sheets";

const NOW = new Date(2026, 10, 29, 9, 0);
const dataOf = (content: TreeContent) => dataAfterPlan({ sheets: [] }, templatePlan(content, "id"));
const SAMPLES: [string, TreeContent][] = [
  ["dinsos.xlsx", BANJARNEGARA],
  ["dinkes.xlsx", CONTOH_DINKES],
  ["organisasi.xlsx", CONTOH_BAGIAN_ORGANISASI],
];

describe("checkFileAction → batchAction → gabungAction (the pane's and the CLI's gabung)", () => {
  const results = SAMPLES.map(([file, content]) =>
    checkFileAction(dataOf(content), { file, role: "opd", lang: "en", withSheets: true }),
  );

  it("merges the three sample OPDs: rows add up, Kodes unique, Rekap last and shown", () => {
    const batch = batchAction(results, "en");
    expect(batch.cross).toEqual([]);
    const r = gabungAction(batch, {}, { lang: "en", now: NOW });
    if (r.problem) throw new Error(r.problem.code);
    const sourceLevels = (i: number) => SAMPLES.reduce((n, [, c]) => n + c.levels[i]!.rows.length, 0);
    const model = buildModel(r.data);
    // Level 1 (the shared RPD rows) appears once; every other level adds up the OPDs' rows.
    expect(model.levels.map((l) => l.indicators.length)).toEqual([
      BANJARNEGARA.levels[0]!.rows.length,
      ...[1, 2, 3, 4].map(sourceLevels),
    ]);
    expect([r.opds, r.total, r.perLevel]).toEqual([
      3,
      model.indicators.length,
      model.levels.map((l) => l.indicators.length),
    ]);
    const kodes = model.indicators.map((i) => i.kode);
    expect(new Set(kodes).size).toBe(kodes.length);
    expect(r.plan.sheets.at(-1)?.name).toBe(REKAP_SHEET);
    expect(r.plan.activate).toEqual({ sheet: REKAP_SHEET });
    expect(r.backups).toEqual([]);
  });

  it("into an open workbook: backs up every sheet of the user's it replaces, first (31-character names)", () => {
    const r = gabungAction(
      batchAction(results, "id"),
      { existingSheets: ["Pengaturan", "Program", "Hasil Pemeriksaan", "Catatan Lain"] },
      { lang: "id", now: NOW },
    );
    if (r.problem) throw new Error(r.problem.code);
    expect(r.backups).toEqual(["Cadangan Pengatur 20261129-0900", "Cadangan Program 20261129-0900"]);
    expect(r.plan.sheets.slice(0, 2).map((s) => [s.name, s.mode, s.copyOf])).toEqual([
      ["Cadangan Pengatur 20261129-0900", "create", "Pengaturan"],
      ["Cadangan Program 20261129-0900", "create", "Program"],
    ]);
  });

  it("an unreadable file is a POKIN040 finding; none readable is a problem, not a plan", () => {
    const bad = { file: "rusak.xlsx", role: "opd" as const, failure: { id: "rusak", en: "broken" } };
    const batch = batchAction([results[1]!, bad], "en");
    expect(batch.cross.map((f) => [f.rule, f.file])).toEqual([["POKIN040", "rusak.xlsx"]]);
    expect(gabungAction(batch, {}, { lang: "en", now: NOW }).problem).toBeUndefined();
    expect(gabungAction(batchAction([bad], "en"), {}, { lang: "en", now: NOW }).problem?.code).toBe(
      "gabung.no-opd",
    );
  });
});
