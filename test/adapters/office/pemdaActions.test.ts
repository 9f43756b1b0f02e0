import { compareInExcel } from "../../../src/adapters/office/diffAction";
import { gabungInExcel } from "../../../src/adapters/office/gabungAction";
import { readOfficeWorkbook } from "../../../src/adapters/office/readWorkbook";
import { runExcel, type ExcelRun } from "../../../src/adapters/office/runAction";
import { batchAction, checkFileAction, diffAction } from "../../../src/core/actions";
import { buildModel } from "../../../src/core/model/buildModel";
import type { TreeContent } from "../../../src/core/model/content";
import { dataAfterPlan } from "../../../src/core/plans/dataAfterPlan";
import { templatePlan } from "../../../src/core/plans/templatePlan";
import { BANJARNEGARA, CONTOH_BAGIAN_ORGANISASI, CONTOH_DINKES } from "../../../src/core/sample";
import { CHANGES_SHEET, REKAP_SHEET } from "../../../src/core/sheets";
import { cleanWorkbook } from "../../helpers/workbook";
import { addRow, edit } from "../../core/diff/edits";
import type { FakeExcel } from "./fakeExcel";
import { fakeWith, workbookOf } from "./workbooks";

const NOW = new Date(2026, 10, 29, 9, 0);
const WITH_COPY = { excelApi: (minor: number) => minor <= 13 };
const BEFORE_COPY = { excelApi: (minor: number) => minor <= 9 };
const options = (excel: FakeExcel, capabilities = WITH_COPY) => ({
  run: excel.run as unknown as ExcelRun,
  now: NOW,
  capabilities,
  sleep: async () => {},
});
const dataOf = (content: TreeContent) => dataAfterPlan({ sheets: [] }, templatePlan(content, "id"));
const batch = batchAction(
  (
    [
      ["dinsos.xlsx", BANJARNEGARA],
      ["dinkes.xlsx", CONTOH_DINKES],
      ["organisasi.xlsx", CONTOH_BAGIAN_ORGANISASI],
    ] as const
  ).map(([file, content]) =>
    checkFileAction(dataOf(content), { file, role: "opd", lang: "id", withSheets: true }),
  ),
  "id",
);

describe("Gabung in Excel (recording fake)", () => {
  it("one read sync, one write sync: backups first, then the Pemda sheets; the workbook reads back as the plan", async () => {
    const excel = fakeWith(workbookOf(10));
    const before = excel.sheet("Program")!.valueGrid(0, 0, 2, 5);
    const done = await gabungInExcel(batch, "id", options(excel));
    if (done.problem) throw new Error(done.problem.code);
    expect([excel.runs, excel.syncs, done.syncs]).toEqual([1, 2, 2]);
    expect(done.backups).toHaveLength(6);
    // Each backup is a whole copy of the sheet as it was.
    const backup = excel.sheet(done.backups.find((b) => b.includes("Program"))!)!;
    expect(backup.valueGrid(0, 0, 2, 5)).toEqual(before);
    const read = await runExcel((c) => readOfficeWorkbook(c), options(excel));
    const model = buildModel(read.workbook);
    expect(model.levels.map((l) => l.indicators.length)).toEqual(done.perLevel);
    const kodes = model.indicators.map((i) => i.kode);
    expect(new Set(kodes).size).toBe(kodes.length);
    expect(read.sheetNames).toContain(REKAP_SHEET);
    expect(excel.active?.name).toBe(REKAP_SHEET);
  });

  it("the Rekap gets its colour scales, data bars and a bar chart of errors and warnings per OPD, in the same write sync", async () => {
    const excel = fakeWith(workbookOf(10));
    const done = await gabungInExcel(batch, "id", options(excel));
    if (done.problem) throw new Error(done.problem.code);
    expect(excel.syncs).toBe(2);
    const rekap = excel.sheet(REKAP_SHEET)!;
    const header = rekap.valueGrid(3, 0, 1, 20)[0]!.map(String);
    const at = (name: string) => String.fromCharCode(65 + header.indexOf(name));
    const rows = (col: string) => `${col}5:${col}7`;
    const scales = rekap.conditionalFormats.map((c) => [c.address.split("!").pop(), c.type, c.settings]);
    const RED = "#F8696B", YELLOW = "#FFEB84", GREEN = "#63BE7B"; // prettier-ignore
    const criteria = (low: string, high: string) => ({
      "colorScale.criteria": {
        minimum: { type: "LowestValue", color: low },
        midpoint: { formula: "50", type: "Percentile", color: YELLOW },
        maximum: { type: "HighestValue", color: high },
      },
    });
    const bar = (color: string) => ({
      "dataBar.lowerBoundRule": { type: "LowestValue" },
      "dataBar.upperBoundRule": { type: "HighestValue" },
      "dataBar.positiveFormat.fillColor": color,
    });
    expect(scales).toEqual([
      [rows(at("Galat")), "ColorScale", criteria(GREEN, RED)],
      [rows(at("Peringatan")), "ColorScale", criteria(GREEN, RED)],
      [rows(at("% Target terisi")), "ColorScale", criteria(RED, GREEN)],
      [rows(at("% Sangat Tinggi")), "DataBar", bar(GREEN)],
      [rows(at("% Tinggi")), "DataBar", bar(GREEN)],
      [rows(at("% Sangat Rendah")), "DataBar", bar(RED)],
    ]);
    // The chart: Galat and Peringatan (header row included: the series' names), one bar per OPD
    // labelled by its name, below the table.
    expect(rekap.charts).toHaveLength(1);
    const chart = rekap.charts[0]!;
    const local = (a: string) => a.split("!").pop();
    expect([chart.type, chart.seriesBy, chart.title, local(chart.source)]).toEqual([
      "BarClustered",
      "Columns",
      "Galat dan peringatan per Perangkat Daerah",
      `${at("Galat")}4:${at("Peringatan")}7`,
    ]);
    expect(Object.values(chart.xAxisValues).map(local)).toEqual(["B5:B7", "B5:B7"]);
    expect(chart.position?.map(local)).toEqual(["B9", "I24"]);
  });

  it("Excel before 1.10: one more read sync for the backups' values and formulas, still one write", async () => {
    const excel = fakeWith(workbookOf(10));
    const before = excel.sheet("Sub Kegiatan")!.valueGrid(0, 0, 3, 4);
    const done = await gabungInExcel(batch, "en", options(excel, BEFORE_COPY));
    if (done.problem) throw new Error(done.problem.code);
    expect([excel.syncs, done.syncs]).toEqual([3, 3]);
    const backup = excel.sheet(done.backups.find((b) => b.includes("Sub Keg"))!)!;
    expect(backup.valueGrid(0, 0, 3, 4)).toEqual(before);
  });

  it("chunks the write only past the payload limit (the fake rejects any sync over it)", async () => {
    const small = fakeWith(workbookOf(10), { payloadLimit: 20_000 });
    const done = await gabungInExcel(batch, "id", { ...options(small), payloadLimit: 20_000 });
    if (done.problem) throw new Error(done.problem.code);
    expect(small.syncs).toBeGreaterThan(2);
    expect(Math.max(...small.batchBytes)).toBeLessThanOrEqual(20_000);
  });

  it("no readable OPD: nothing is written", async () => {
    const excel = fakeWith(workbookOf(10));
    const none = batchAction([{ file: "x.xlsx", role: "opd", failure: { id: "x", en: "x" } }], "id");
    const done = await gabungInExcel(none, "id", options(excel));
    expect([done.problem?.code, excel.syncs, excel.writes]).toEqual(["gabung.no-opd", 1, []]);
  });
});

describe("Bandingkan in Excel (recording fake)", () => {
  const old = cleanWorkbook();
  let revised = edit(old, "Program", "1.1.1", "Target 2026", 25);
  revised = edit(revised, "Kegiatan", "1.1.1.1", "Target 2025", 3);
  revised = addRow(revised, "Sub Kegiatan", { Kode: "1.1.1.1.3", "Kode Induk": "1.1.1.1", Uraian: "Baru" });
  const expected = diffAction(old, revised, {}, { lang: "id", now: NOW });

  it("compares in two read syncs and writes nothing", async () => {
    const excel = fakeWith(revised);
    const r = await compareInExcel(old, { oldName: "lama.xlsx", write: false }, "id", options(excel));
    expect(r.changes).toEqual(expected.changes);
    expect(r.sentences).toEqual(expected.sentences);
    expect([excel.syncs, excel.writes]).toEqual([2, []]);
    expect(excel.sheet(CHANGES_SHEET)).toBeUndefined();
  });

  it("on request writes the Perubahan sheet in one more sync: one row per change, and shows it", async () => {
    const excel = fakeWith(revised);
    const r = await compareInExcel(old, { oldName: "lama.xlsx", write: true }, "id", options(excel));
    expect(excel.syncs).toBe(3);
    const sheet = excel.sheet(CHANGES_SHEET)!;
    const used = sheet.usedBounds()!;
    const texts = sheet.valueGrid(used.row, used.col, used.rows, used.cols).flat().map(String);
    for (const s of r.sentences) expect(texts).toContain(s);
    expect(excel.active?.name).toBe(CHANGES_SHEET);
  });
});
