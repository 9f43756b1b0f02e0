/**
 * Issue 10 / SPEC §7 (POKIN011 refinement): an import writes the period of the years the
 * template carries, so the check asks for no target of a year the template does not carry.
 */
import fs from "node:fs";
import path from "node:path";
import { MemoryWorkbook } from "../../../src/adapters/memory";
import { readXlsx } from "../../../src/adapters/xlsx/readWorkbook";
import { planImport, previewImport } from "../../../src/core/import";
import { buildModel } from "../../../src/core/model/buildModel";
import { checkWorkbook } from "../../../src/core/rules/runChecks";
import type { SheetData, WorkbookData } from "../../../src/core/sheet";
import { emptyWorkbook } from "../../helpers/workbook";

const REF = path.resolve(__dirname, "../../../../shared/reference");
const has = fs.existsSync(REF);
if (!has) console.warn(`Skipping the Deli Serdang period tests: ${REF} is absent.`);
const NOW = new Date(2026, 10, 29);

function imported(wb: WorkbookData, sheet: string) {
  const p = previewImport(wb, sheet, { now: NOW });
  expect(p.problem).toBeUndefined();
  const mem = MemoryWorkbook.from(wb);
  mem.apply(planImport(wb, p, NOW).plan);
  const data = mem.toData();
  return {
    p,
    data,
    model: buildModel(data, { now: NOW }),
    findings: checkWorkbook(data, { lang: "en", now: NOW }),
  };
}

const settingsOf = (data: WorkbookData) =>
  Object.fromEntries(
    data.sheets
      .find((s) => s.name === "Pengaturan")!
      .values.slice(1)
      .map((r) => [String(r[0]), r[1]]),
  );

async function deliSerdang(): Promise<SheetData> {
  const src = await readXlsx(
    fs.readFileSync(path.join(REF, "evaluasi-renja_bappedalitbang-deli-serdang_2025.xlsx")),
  );
  return src.sheets.find((s) => s.name === "Realisasi TW IV")!;
}

(has ? describe : describe.skip)("the Deli Serdang Renja evaluation (2025, with the Renstra's 2030)", () => {
  test("imported alone, Pengaturan is created with its year: 2025–2025, Tahun Laporan 2025", async () => {
    const { p, data, findings } = imported({ sheets: [await deliSerdang()] }, "Realisasi TW IV");
    const s = settingsOf(data);
    expect([s["Tahun Awal"], s["Tahun Akhir"], s["Tahun Laporan"]]).toEqual([2025, 2025, 2025]);
    expect(p.content.notes.map((n) => n.code)).toEqual(["note.period-set", "note.years-outside-period"]);
    expect(p.content.notes[1]!.args).toMatchObject({ years: "2030" });
    const missing = findings.filter((f) => f.rule === "POKIN011");
    // Only 2025 is asked for, and only where the template's Target 2025 cell is empty.
    expect(missing.every((f) => f.message.includes("Target 2025"))).toBe(true);
    expect(missing.length).toBeLessThan(20);
  });

  test("into a fresh 2025–2029 workbook, the period narrows to 2025 (backed up) and 2026–2029 are not asked for", async () => {
    const wb = { sheets: [...emptyWorkbook().sheets, await deliSerdang()] };
    const { p, data, model, findings } = imported(wb, "Realisasi TW IV");
    expect(p.content.notes[0]).toMatchObject({
      code: "note.period-set",
      args: { was: "2025–2029", from: 2025, to: 2025 },
    });
    expect(data.sheets.some((s) => /^Cadangan Pengatur/.test(s.name))).toBe(true);
    expect(model.settings.years).toEqual([2025]);
    expect(model.settings.reportYear).toBe(2025);
    expect(findings.filter((f) => f.rule === "POKIN011" && !f.message.includes("2025"))).toEqual([]);
    expect(findings.filter((f) => f.rule === "POKIN022")).toEqual([]);
    // No value lost: every Target 2030 of the template is in the level sheets.
    const t2030 = model.indicators.filter((i) => i.targets.get(2030)?.state === "number").length;
    const landed = p.content.levels
      .flatMap((l) => l.rows)
      .filter((r) => r.targets?.[2030] !== undefined).length;
    expect(t2030).toBe(landed);
    expect(landed).toBeGreaterThan(90);
  });
});

/** A level sheet with the given header and rows. */
const sheet = (name: string, values: unknown[][]): SheetData => ({ name, values });
const settings = (awal: number, akhir: number): SheetData =>
  sheet("Pengaturan", [
    ["Kunci", "Nilai"],
    ["Tahun Awal", awal],
    ["Tahun Akhir", akhir],
  ]);
const renja = (title: string, years: number[]): SheetData =>
  sheet("Renja", [
    [title],
    [],
    ["Program", "Indikator Program", "Satuan", ...years.map((y) => `Target ${y}`)],
    ["Program Penunjang", "Persentase dokumen tepat waktu", "%", ...years.map(() => 90)],
    ["Program Sosial", "Persentase PMKS tertangani", "%", ...years.map(() => 80)],
  ]);

describe("the period an import leaves in Pengaturan (crafted workbooks)", () => {
  test("a workbook whose own rows carry 2026–2029 keeps its period: imported rows lacking them are POKIN011 at their cells", () => {
    const program = sheet("Program", [
      [
        "Kode",
        "Kode Induk",
        "Uraian",
        "Indikator",
        "Satuan",
        "Target 2025",
        "Target 2026",
        "Target 2027",
        "Target 2028",
        "Target 2029",
      ],
      ["P1", "", "Program Lama", "Indeks kepuasan", "indeks", 80, 81, 82, 83, 84],
    ]);
    const wb = { sheets: [settings(2025, 2029), program, renja("RENJA DINAS SOSIAL TAHUN 2025", [2025])] };
    const { p, data, findings } = imported(wb, "Renja");
    expect(p.content.notes.map((n) => n.code)).toEqual(["note.period-kept"]);
    expect(settingsOf(data)["Tahun Akhir"]).toBe(2029);
    const missing = findings.filter((f) => f.rule === "POKIN011").map((f) => `${f.sheet}!${f.cell}`);
    // Rows 3 and 4 of Program are the imported ones; G–J are Target 2026–2029.
    expect(missing).toEqual(
      [
        "Program!G3",
        "Program!G4",
        "Program!H3",
        "Program!H4",
        "Program!I3",
        "Program!I4",
        "Program!J3",
        "Program!J4",
      ].sort(byCell),
    );
  });

  test("a Renstra's 2025–2029 after a one-year Renja widens the period again", () => {
    const wb = {
      sheets: [settings(2025, 2025), renja("RENSTRA DINAS SOSIAL 2025-2029", [2025, 2026, 2027, 2028, 2029])],
    };
    const { p, model } = imported(wb, "Renja");
    expect(p.content.notes.map((n) => n.code)).toEqual(["note.period-set"]);
    expect(model.settings.years).toEqual([2025, 2026, 2027, 2028, 2029]);
  });

  test("years with a gap and no year in the title: the whole span, so the gap is asked for (no guess)", () => {
    const { model, findings } = imported({ sheets: [renja("MATRIKS KINERJA", [2025, 2027])] }, "Renja");
    expect(model.settings.years).toEqual([2025, 2026, 2027]);
    expect(findings.filter((f) => f.rule === "POKIN011").map((f) => f.message)).toEqual([
      "[1] Target 2026 is missing.",
      "[2] Target 2026 is missing.",
    ]);
  });

  test("a period equal to the template's is left as it is: no note, no Pengaturan backup", () => {
    const wb = { sheets: [settings(2025, 2026), renja("RENJA 2025", [2025, 2026])] };
    const { p, data } = imported(wb, "Renja");
    expect(p.content.notes).toEqual([]);
    expect(data.sheets.some((s) => /^Cadangan Pengatur/.test(s.name))).toBe(false);
  });
});

function byCell(a: string, b: string): number {
  const key = (s: string) => {
    const m = /!([A-Z]+)(\d+)$/.exec(s)!;
    return Number(m[2]) * 100 + m[1]!.charCodeAt(0);
  };
  return key(a) - key(b);
}
