import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { applyPlan } from "../../../src/adapters/xlsx/applyPlan";
import { templatePlan } from "../../../src/core/plans/templatePlan";
import type { TreeContent } from "../../../src/core/model/content";
import { hasSoffice, libreOfficeCsv } from "../../helpers/libreOffice";

if (!hasSoffice)
  console.warn("[skip] soffice (LibreOffice) is not installed: the file-validity test is skipped.");

const CONTENT: TreeContent = {
  settings: [
    ["Tahun Awal", 2025],
    ["Tahun Akhir", 2026],
  ],
  levels: [
    {
      name: "Tujuan RPD",
      rows: [
        {
          kode: "1",
          uraian: "=Tujuan",
          indikator: "@Indeks",
          satuan: "indeks",
          targets: { 2025: 70, 2026: 72.5 },
        },
      ],
    },
    {
      name: "Program",
      rows: [{ kode: "1.1", kodeInduk: "1", uraian: "+Program", indikator: "-1 orang", satuan: "%" }],
    },
  ],
};

(hasSoffice ? describe : describe.skip)("a workbook written by applyPlan, opened in LibreOffice Calc", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-lo-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("opens with every sheet, tables and drop-downs included, and text that looks like a formula stays text", async () => {
    const wb = new ExcelJS.Workbook();
    expect(applyPlan(wb, templatePlan(CONTENT, "id"))).toEqual([]);
    applyPlan(wb, {
      sheets: [
        {
          name: "Laporan",
          mode: "replace",
          blocks: [
            {
              row: 0,
              col: 0,
              values: [
                ["Uraian", "Nilai"],
                ["=SUM(A1)", { formula: "=1+1", result: 2 }],
              ],
            },
          ],
          merges: [{ row: 3, col: 0, cols: 2 }],
          table: { name: "tbl_Laporan", range: { row: 0, col: 0, rows: 2, cols: 2 } },
          conditionalFormats: [{ range: { row: 1, col: 1 }, rules: [{ equals: "2", fill: "#C6EFCE" }] }],
          print: { landscape: true, fitToWidth: true, repeatRows: [0, 0], header: "Laporan" },
          freeze: { rows: 1 },
        },
      ],
    });
    const file = path.join(dir, "pokin.xlsx");
    await wb.xlsx.writeFile(file);
    const csv = libreOfficeCsv(file, dir);
    expect([...csv.keys()].sort()).toEqual(["Laporan", "Pengaturan", "Program", "Tujuan RPD"]);
    expect(csv.get("Laporan")!.split("\n").slice(0, 2)).toEqual(["Uraian,Nilai", "=SUM(A1),2"]);
    expect(csv.get("Tujuan RPD")!.split("\n").slice(0, 2)).toEqual([
      "Kode,Uraian,Indikator,Satuan,Polaritas,Sifat,Kode Nomenklatur,Baseline,Target 2025,Target 2026,Realisasi 2025,Realisasi 2026,Penanggung Jawab,Crosscutting,Keterangan",
      "1,=Tujuan,@Indeks,indeks,,,,,70,72.5,,,,,",
    ]);
    expect(csv.get("Program")!.split("\n")[1]).toBe("1.1,1,+Program,-1 orang,%,,,,,,,,,,,");
  });
});
