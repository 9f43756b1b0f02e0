/**
 * The `Capaian YYYY` sheet recalculated by a real spreadsheet engine (LibreOffice Calc headless):
 * every Target, Realisasi, Capaian, Predikat and children's mean, and every count of the
 * Ringkasan Predikat block, must equal the core's, and a realisasi changed in a level sheet
 * must flow into the table and the counts without rebuilding them.
 * Skipped with a notice when `soffice` is not on PATH (CI installs it).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { applyPlan } from "../../src/adapters/xlsx/applyPlan";
import { workbookToData } from "../../src/adapters/xlsx/readWorkbook";
import { capaianTree } from "../../src/core/capaian/capaianTree";
import { PREDIKAT_BANDS, predikatLabel } from "../../src/core/capaian/predikat";
import { buildModel, type Model } from "../../src/core/model/buildModel";
import { CAPAIAN_HEADER_ROW, capaianPlan } from "../../src/core/plans/capaianPlan";
import type { PlanValue, SheetPlan } from "../../src/core/plans/types";
import { type RowSpec } from "../helpers/workbook";
import { sheetOf } from "../core/capaian/build";
import { convertWithLibreOffice, CSV_FILTER, hasSoffice, parseCsv } from "../helpers/libreOffice";

if (!hasSoffice) console.warn("[capaian LibreOffice test] soffice is not on PATH: skipped.");

const DATE = new Date(2025, 5, 30);
const t = (target: unknown, realisasi?: unknown, extra: RowSpec = {}): RowSpec => ({
  targets: { 2025: target },
  ...(realisasi === undefined ? {} : { realisasi: { 2025: realisasi } }),
  ...extra,
});

const TOP: RowSpec[] = [
  { kode: "S1", ...t(100, 90) },
  { kode: "S2", polaritas: "Negatif", ...t(10, 8) },
  { kode: "S3", polaritas: "Negatif", ...t(10, 25) },
  { kode: "S4", ...t(0, 5) },
  { kode: "S5", sifat: "Kumulatif", targets: { 2025: 40 }, quarters: { 2025: [10, "", 20, ""] } },
  { kode: "S6", satuan: "%", targets: { 2025: 40 }, quarters: { 2025: [10, "", 20, ""] } },
  { kode: "S7", ...t(100) },
  // Quarters with a number stored as text: skipped by the core as by SUM.
  { kode: "S8", satuan: "%", targets: { 2025: 40 }, quarters: { 2025: [10, "5,5", 20, ""] } },
];
const EDGES: [number, number][] = [
  [100, 90.01],
  [100, 89.999],
  [200, 150],
  [100, 75.01],
  [100, 65],
  [100, 65.01],
  [10, 5],
  [100, 50.01],
  [100, 90.005],
  [30, 70],
];
const BOTTOM: RowSpec[] = [
  ...EDGES.map(([T, R], i) => ({ kode: `S1.${i + 1}`, induk: "S1", ...t(T, R) })),
  { kode: "S1.x", induk: "S1", ...t(100, "abc") },
  { kode: "S2.1", induk: "S2", polaritas: "Turun", ...t(80, 60) },
  { kode: "S2.2", induk: "S2", polaritas: "Negatif", ...t(100, 200) },
  { kode: "S2.3", induk: "S2", polaritas: "Negatif", ...t(100, 0) },
  { kode: "S4.1", induk: "S4", ...t("") },
  { kode: "S6.1", induk: "S6", satuan: "%", ...t(80, 0.6) },
  // Numbers stored as text, Indonesian and English notation, percentages: no capaian anywhere
  // (POKIN013 says why), and the children's mean of S7 is then that of its one numeric child.
  { kode: "S7.1", induk: "S7", ...t("1.234,5", 1000) },
  { kode: "S7.2", induk: "S7", satuan: "%", ...t(100, "75,5%") },
  { kode: "S7.3", induk: "S7", ...t("1,234.5", "80") },
  { kode: "S7.4", induk: "S7", satuan: "%", ...t(" 80 ", 60) },
  { kode: "S7.5", induk: "S7", ...t(200, 150) },
];
const TEXT_ROWS = ["S7.1", "S7.2", "S7.3", "S7.4"];
const PERCENT_CELL = `M${BOTTOM.findIndex((s) => s.kode === "S6.1") + 2}`; // Realisasi 2025 of S6.1, formatted as 0%

/** An ExcelJS workbook with Pengaturan and the two level sheets (quarter columns included). */
function levelWorkbook(rumus: string, bottom: RowSpec[] = BOTTOM, top: RowSpec[] = TOP): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const pengaturan = [
    ["Kunci", "Nilai"],
    ["Pemerintah Daerah", "Kabupaten Banjarnegara"],
    ["Perangkat Daerah", "Dinas Sosial"],
    ["Level 1", "Tujuan OPD"],
    ["Level 2", "Sub Kegiatan"],
    ["Tahun Awal", 2025],
    ["Tahun Akhir", 2027],
    ["Rumus Negatif", rumus],
  ];
  const sheets = [
    { name: "Pengaturan", values: pengaturan },
    sheetOf("Tujuan OPD", top, true),
    sheetOf("Sub Kegiatan", bottom, true),
  ];
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const row of s.values) ws.addRow(row.map((v) => (v === "" ? null : v)));
  }
  wb.getWorksheet("Sub Kegiatan")!.getCell(PERCENT_CELL).numFmt = "0%";
  return wb;
}

/** The plan without cached results, so that only the engine can fill them in. */
function withoutResults(plan: SheetPlan): SheetPlan {
  const strip = (v: PlanValue): PlanValue =>
    v !== null && typeof v === "object" ? { formula: v.formula } : v;
  return {
    ...plan,
    blocks: plan.blocks?.map((b) => ({ ...b, values: b.values.map((row) => row.map(strip)) })),
  };
}

/** What the core says each row must show: kode → [target, realisasi, capaian, predikat, mean]. */
function expected(model: Model): Record<string, unknown[]> {
  const tree = capaianTree(model, 2025);
  const out: Record<string, unknown[]> = {};
  for (const ind of model.indicators) {
    const n = tree.get(ind)!;
    const p = n.own.predikat ? predikatLabel(n.own.predikat, "id") : "";
    out[ind.kode] = [
      n.own.target ?? "",
      n.own.realisasi ?? "",
      n.own.capaian ?? "",
      p,
      ind.children.length ? (n.childMean ?? "") : "",
    ];
  }
  return out;
}

/**
 * What the recalculated sheet shows, in the same shape, read from LibreOffice's CSV export of
 * it (raw values, not as formatted). CSV rather than .xlsx read back with ExcelJS, because
 * ExcelJS 4.4 drops a formula's cached result when it is 0.
 */
function shown(csv: string): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const row of parseCsv(csv).slice(CAPAIAN_HEADER_ROW + 1)) {
    const kode = row[1] ?? "";
    if (kode === "") continue;
    out[kode] = [5, 6, 7, 8, 9].map((c) => {
      const v = row[c] ?? "";
      return /^-?\d+(\.\d+)?(E[-+]?\d+)?$/i.test(v) ? Number(v) : v;
    });
  }
  return out;
}

/** What the core counts per level: name, the five predikat, without capaian, all; then totals. */
function expectedSummary(model: Model): unknown[][] {
  const tree = capaianTree(model, 2025);
  const rows = model.levels.map((level) => {
    const own = level.indicators.map((ind) => tree.get(ind)!.own.predikat);
    const bands = [...PREDIKAT_BANDS.map((b) => b.predikat), undefined];
    return [level.name, ...bands.map((p) => own.filter((q) => q === p).length), own.length];
  });
  const totals = rows[0]!.slice(1).map((_, k) => rows.reduce((n, r) => n + (r[k + 1] as number), 0));
  return [...rows, ["Jumlah", ...totals]];
}

/** The recalculated summary block: the rows under its header, as [name, ...counts of E:K]. */
function shownSummary(csv: string): unknown[][] {
  const rows = parseCsv(csv);
  const title = rows.findIndex((row) => row[0] === "Ringkasan Predikat");
  const end = rows.findIndex((row, i) => i > title && row[0] === "Jumlah");
  return rows
    .slice(title + 2, end + 1)
    .map((row) => [row[0], ...row.slice(4, 11).map((v) => (v === "" ? v : Number(v)))]);
}

(hasSoffice ? describe : describe.skip)("Capaian sheet recalculated by LibreOffice Calc", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-capaian-"));
  const cases: Record<string, { model: Model; file: string }> = {};

  beforeAll(async () => {
    const write = async (name: string, wb: ExcelJS.Workbook, plan: SheetPlan) => {
      applyPlan(wb, { sheets: [plan] });
      const file = path.join(dir, `${name}.xlsx`);
      await wb.xlsx.writeFile(file);
      return file;
    };
    for (const rumus of ["Standar", "Rasio"]) {
      const wb = levelWorkbook(rumus);
      const model = buildModel(workbookToData(wb));
      const file = await write(rumus, wb, withoutResults(capaianPlan(model, 2025, "id", DATE)));
      cases[rumus] = { model, file };
    }
    // A realisasi typed later: the level sheets change, the Capaian sheet (with the old cached
    // results) does not; after recalculation it must follow the new values.
    const original = cases.Standar!.model;
    // …and a number stored as text retyped as a number.
    const changedBottom = BOTTOM.map((s) =>
      s.kode === "S1.1"
        ? { ...s, realisasi: { 2025: 40 } }
        : s.kode === "S7.2"
          ? { ...s, realisasi: { 2025: 75.5 } }
          : s,
    );
    const changedTop = TOP.map((s) => (s.kode === "S5" ? { ...s, quarters: { 2025: [10, 15, 20, ""] } } : s));
    const wb = levelWorkbook("Standar", changedBottom, changedTop);
    const file = await write("Changed", wb, capaianPlan(original, 2025, "id", DATE));
    cases.Changed = {
      model: buildModel(workbookToData(levelWorkbook("Standar", changedBottom, changedTop))),
      file,
    };
    // One soffice call for the three files, every formula recalculated.
    convertWithLibreOffice(
      dir,
      Object.values(cases).map((c) => c.file),
      { to: CSV_FILTER, recalc: true },
    );
  }, 180000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const recalculated = (name: string) =>
    fs.readFileSync(path.join(dir, "out", `${name}-Capaian 2025.csv`), "utf8");

  test.each(["Standar", "Rasio"])(
    "with Rumus Negatif %s every row equals the core's capaian and predikat",
    async (rumus) => {
      const want = expected(cases[rumus]!.model);
      expect(shown(recalculated(rumus))).toEqual(want);
      expect(shownSummary(recalculated(rumus))).toEqual(expectedSummary(cases[rumus]!.model));
      // Anchors that do not depend on the core: rounding and the band edge seen by the engine.
      expect([want["S1.9"]![2], want["S1.2"]![3], want["S6.1"]![2]]).toEqual([90.01, "Tinggi", 75]);
      // A number stored as text: no capaian in the core nor in the recalculated sheet.
      const got = shown(recalculated(rumus));
      expect(TEXT_ROWS.map((k) => [got[k]![2], want[k]![2]])).toEqual(TEXT_ROWS.map(() => ["", ""]));
      expect([got.S7![4], got.S8![1]]).toEqual([75, 30]);
    },
  );

  test("a realisasi changed in the level sheets flows into the table on recalculation", async () => {
    const before = expected(cases.Standar!.model);
    const after = expected(cases.Changed!.model);
    expect([after.S1![4], after.S5![2]]).not.toEqual([before.S1![4], before.S5![2]]);
    expect(after["S1.1"]!.slice(1, 4)).toEqual([40, 40, "Sangat Rendah"]);
    expect([before["S7.2"]![2], after["S7.2"]![2], after.S7![4]]).toEqual(["", 75.5, 75.25]);
    expect(shown(recalculated("Changed"))).toEqual(after);
    const counts = expectedSummary(cases.Changed!.model);
    expect(counts).not.toEqual(expectedSummary(cases.Standar!.model));
    expect(shownSummary(recalculated("Changed"))).toEqual(counts);
  });
});
