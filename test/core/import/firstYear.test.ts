/**
 * Issue 10 / SPEC §6: Renstra "Target Tahun 1…N" columns map onto the template's own period
 * (title or header), the planner's choice or the workbook's Tahun Awal — never the clock's year.
 * When nobody says it, the import stops with a coded problem that says how to choose.
 */
import fs from "node:fs";
import path from "node:path";
import { readXlsx } from "../../../src/adapters/xlsx/readWorkbook";
import { previewImport, type ImportPreview } from "../../../src/core/import";
import type { SheetData, WorkbookData } from "../../../src/core/sheet";

const REF = path.resolve(__dirname, "../../../../shared/reference");
const has = fs.existsSync(REF);
if (!has) console.warn(`Skipping the PUPR Renstra first-year tests: ${REF} is absent.`);

const targets = (p: ImportPreview) =>
  p.mapping!.columns.filter((c) => /^target tahun \d$/i.test(c.header)).map((c) => c.role);
const years = (...ys: number[]) => ys.map((year) => ({ kind: "target", year }));

(has ? describe : describe.skip)("the PUPR Renstra (TARGET TAHUN 1…5, no title, no year anywhere)", () => {
  let pupr: WorkbookData;
  beforeAll(async () => {
    pupr = await readXlsx(fs.readFileSync(path.join(REF, "renstra-template_dinas-pupr.xlsx")));
  });

  test("alone: a coded problem naming the columns, whatever the clock says", () => {
    for (const now of [new Date(2024, 0, 1), new Date(2031, 6, 1)]) {
      const p = previewImport(pupr, "RENSTRA", { now });
      expect(p.problem?.code).toBe("problem.first-year-unknown");
      expect(p.problem?.en).toContain("G 'TARGET TAHUN 1'");
      expect(p.problem?.en).toContain("--tahun-awal YYYY");
      expect(targets(p)).toEqual(Array(5).fill({ kind: "skip", why: "tahun" }));
    }
  });

  test("--tahun-awal 2021 (the option, or `Tahun Awal=2021` in the map text) maps Tahun 1…5 to 2021…2025", () => {
    const a = previewImport(pupr, "RENSTRA", { tahunAwal: 2021 });
    const b = previewImport(pupr, "RENSTRA", { map: "Tahun Awal=2021" });
    expect(a.problem).toBeUndefined();
    expect(targets(a)).toEqual(years(2021, 2022, 2023, 2024, 2025));
    expect(targets(b)).toEqual(targets(a));
    expect(b.mapProblems).toEqual([]);
  });

  test("setting one Tahun N column to a year in the pane's table moves the others with it", () => {
    const p = previewImport(pupr, "RENSTRA", { map: "I=Target 2023" });
    expect(p.problem).toBeUndefined();
    expect(targets(p)).toEqual(years(2022, 2023, 2024, 2025, 2026));
  });

  test("in a workbook whose Pengaturan says Tahun Awal 2026: 2026…2030", () => {
    const settings: SheetData = {
      name: "Pengaturan",
      values: [
        ["Kunci", "Nilai"],
        ["Tahun Awal", 2026],
        ["Tahun Akhir", 2030],
      ],
    };
    const p = previewImport({ sheets: [settings, ...pupr.sheets] }, "RENSTRA");
    expect(targets(p)).toEqual(years(2026, 2027, 2028, 2029, 2030));
  });
});

/** A small Renstra with `Target Tahun 1…3` under a title. */
function renstra(title: string): WorkbookData {
  return {
    sheets: [
      {
        name: "Renstra",
        values: [
          [title],
          [],
          ["Program", "Indikator Program", "Satuan", "Target Tahun 1", "Target Tahun 2", "Target Tahun 3"],
          ["Program Penunjang", "Persentase dokumen tepat waktu", "%", 80, 85, 90],
        ],
      },
    ],
  };
}

describe("the template's own years in its title (crafted)", () => {
  test.each([
    ["RENCANA STRATEGIS DINAS SOSIAL 2021 - 2026", 2021],
    ["RENSTRA PERANGKAT DAERAH TAHUN 2019 s/d 2023", 2019],
    ["Renstra Dinas PUPR periode 2025–2029", 2025],
  ])("'%s' → Tahun 1 = %d, even when Pengaturan says otherwise", (title, first) => {
    const wb = renstra(title);
    const settings: SheetData = {
      name: "Pengaturan",
      values: [
        ["Kunci", "Nilai"],
        ["Tahun Awal", 2030],
      ],
    };
    const p = previewImport({ sheets: [settings, ...wb.sheets] }, "Renstra", { now: new Date(2027, 0, 1) });
    expect(targets(p)).toEqual(years(first, first + 1, first + 2));
  });

  test.each([
    ["RENSTRA DINAS SOSIAL TAHUN 2025", "a single year is not a period"],
    ["RENSTRA DINAS SOSIAL 2010 - 2030", "a span over 10 years is not a plan period"],
    ["RENSTRA DINAS SOSIAL 2029 - 2025", "a span backwards"],
  ])("near-miss '%s' (%s): nobody says Tahun 1", (title) => {
    const p = previewImport(renstra(title), "Renstra", { now: new Date(2027, 0, 1) });
    expect(p.problem?.code).toBe("problem.first-year-unknown");
    expect(p.problem?.en).toContain("set column D to 'Target YYYY'");
  });
});
