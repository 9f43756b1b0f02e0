import fs from "node:fs";
import path from "node:path";
import { MemoryWorkbook } from "../../../src/adapters/memory";
import { readXlsx } from "../../../src/adapters/xlsx/readWorkbook";
import { planImport, previewImport } from "../../../src/core/import";
import { buildModel } from "../../../src/core/model/buildModel";
import type { WorkbookData } from "../../../src/core/sheet";
import { emptyWorkbook } from "../../helpers/workbook";

const REF = path.resolve(__dirname, "../../../../shared/reference");
const has = fs.existsSync(REF);
if (!has) console.warn(`Skipping the owner-level import tests: ${REF} is absent.`);
const NOW = new Date(2025, 5, 1);

/** The Deli Serdang evaluation pasted into the structured workbook (Pengaturan and five levels). */
async function deliSerdang(): Promise<WorkbookData> {
  const src = await readXlsx(
    fs.readFileSync(path.join(REF, "evaluasi-renja_bappedalitbang-deli-serdang_2025.xlsx")),
  );
  const sheet = src.sheets.find((s) => s.name === "Realisasi TW IV")!;
  return { sheets: [...emptyWorkbook().sheets, sheet] };
}

(has ? describe : describe.skip)(
  "import: levels matched by owner, the missing level proposed (SPEC §6)",
  () => {
    test("accepting the proposed Sasaran OPD writes its Level row in Pengaturan and its sheet", async () => {
      const wb = await deliSerdang();
      const p = previewImport(wb, "Realisasi TW IV", { now: NOW });
      expect(p.mapping!.newLevels).toEqual(["Sasaran OPD"]);
      const mem = MemoryWorkbook.from(wb);
      mem.apply(planImport(wb, p, NOW).plan);
      const after = buildModel(mem.toData(), { now: NOW });
      expect(after.levels.map((l) => l.name)).toEqual([
        "Tujuan RPD",
        "Tujuan OPD",
        "Sasaran OPD",
        "Program",
        "Kegiatan",
        "Sub Kegiatan",
      ]);
      const count = (l: number) => after.indicators.filter((i) => i.level === l).length;
      expect([0, 1, 2, 3, 4, 5].map(count)).toEqual([1, 2, 4, 8, 19, 72]);
    });

    test("dropping it with --map leaves the workbook's five levels and names the group's column skipped", async () => {
      const wb = await deliSerdang();
      const p = previewImport(wb, "Realisasi TW IV", { now: NOW, map: "F=Lewati" });
      expect(p.mapProblems).toEqual([]);
      expect(p.mapping!.newLevels).toEqual([]);
      expect(p.mapping!.levels).toEqual(["Tujuan RPD", "Tujuan OPD", "Program", "Kegiatan", "Sub Kegiatan"]);
      expect(p.content.levels.map((l) => l.rows.length)).toEqual([1, 2, 8, 19, 72]);
    });

    test("PUPR Renstra: a 1 formatted as % under Satuan 'Dokumen' stays 1, with a coded note", async () => {
      const data = await readXlsx(fs.readFileSync(path.join(REF, "renstra-template_dinas-pupr.xlsx")));
      const p = previewImport(data, "RENSTRA", { now: NOW, tahunAwal: 2025 });
      const row = p.content.levels[4]!.rows.find((r) => r.source.endsWith("!E62"))!;
      expect(row.satuan).toBe("Dokumen");
      expect(row.targets).toEqual({ 2025: 1, 2026: 1, 2027: 1, 2028: 1, 2029: 1 });
      expect(p.reports.find((r) => r.row === 61)?.notes).toEqual(
        expect.arrayContaining([expect.objectContaining({ code: "note.percent-format-unit", cell: "G62" })]),
      );
    });
  },
);
