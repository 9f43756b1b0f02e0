import { checkWorkbook, RULES } from "../../../src/core/rules";
import type { WorkbookData } from "../../../src/core/sheet";
import { cleanWorkbook, setCell, settingsSheet, withSheet, type RowSpec } from "../../helpers/workbook";

const SUB = 4; // index of Sub Kegiatan in cleanWorkbook's levels
/** Edits the second Sub Kegiatan row (sheet row 3). */
const sub2 = (patch: Partial<RowSpec>) => (levels: RowSpec[][]) => Object.assign(levels[SUB]![1]!, patch);

interface Case {
  rule: string;
  workbook: () => WorkbookData;
  sheet: string;
  cells: string[];
  /** Other rules that the defect rightly brings along (none unless said). */
  alongWith?: string[];
}

const CASES: Case[] = [
  {
    rule: "POKIN001",
    workbook: () => ({ sheets: cleanWorkbook().sheets.filter((s) => s.name !== "Kegiatan") }),
    sheet: "Kegiatan",
    cells: ["A1"],
    alongWith: ["POKIN006"], // the Sub Kegiatan rows now name parents that do not exist
  },
  {
    rule: "POKIN002",
    workbook: () => setCell(cleanWorkbook(), "Program", 0, 4, "Satuan Ukur"),
    sheet: "Program",
    cells: ["Q1"],
  },
  {
    rule: "POKIN003",
    workbook: () => cleanWorkbook((l) => l[2]!.push({ kode: "", induk: "1.1", indikator: "Tanpa kode" })),
    sheet: "Program",
    cells: ["A3"],
  },
  {
    rule: "POKIN004",
    workbook: () => cleanWorkbook(sub2({ kode: "1.1.1.1.1" })),
    sheet: "Sub Kegiatan",
    cells: ["A3"],
  },
  {
    rule: "POKIN005",
    workbook: () => cleanWorkbook(sub2({ induk: "" })),
    sheet: "Sub Kegiatan",
    cells: ["B3"],
  },
  {
    rule: "POKIN006",
    workbook: () => cleanWorkbook(sub2({ induk: "9.9" })),
    sheet: "Sub Kegiatan",
    cells: ["B3"],
  },
  {
    rule: "POKIN007",
    workbook: () => cleanWorkbook(sub2({ induk: "1.1.1" })),
    sheet: "Sub Kegiatan",
    cells: ["B3"],
  },
  {
    rule: "POKIN008",
    workbook: () =>
      cleanWorkbook((l) => l[3]!.push({ kode: "1.1.1.2", induk: "1.1.1", indikator: "Jumlah lembaga" })),
    sheet: "Kegiatan",
    cells: ["A3"],
  },
  {
    rule: "POKIN009",
    workbook: () => cleanWorkbook(sub2({ indikator: "" })),
    sheet: "Sub Kegiatan",
    cells: ["D3"],
  },
  {
    rule: "POKIN010",
    workbook: () => cleanWorkbook(sub2({ satuan: "" })),
    sheet: "Sub Kegiatan",
    cells: ["E3"],
  },
  {
    rule: "POKIN011",
    workbook: () => cleanWorkbook(sub2({ targets: { 2025: 5, 2027: 7 } })),
    sheet: "Sub Kegiatan",
    cells: ["K3"],
  },
  {
    rule: "POKIN012",
    workbook: () => cleanWorkbook(sub2({ targets: { 2025: 5, 2026: "banyak", 2027: 7 } })),
    sheet: "Sub Kegiatan",
    cells: ["K3"],
  },
  {
    rule: "POKIN013",
    workbook: () => cleanWorkbook(sub2({ targets: { 2025: 10, 2026: "25", 2027: 30 } })),
    sheet: "Sub Kegiatan",
    cells: ["K3"],
  },
  {
    rule: "POKIN014",
    workbook: () =>
      cleanWorkbook((l) => Object.assign(l[2]![0]!, { targets: { 2025: 10, 2026: 20, 2027: 150 } })),
    sheet: "Program",
    cells: ["L2"],
  },
  {
    rule: "POKIN015",
    workbook: () => cleanWorkbook(sub2({ targets: { 2025: -1, 2026: 20, 2027: 30 } })),
    sheet: "Sub Kegiatan",
    cells: ["J3"],
  },
  {
    rule: "POKIN016",
    workbook: () => cleanWorkbook(sub2({ satuan: "indeks", targets: { 2025: 30, 2026: 20, 2027: 10 } })),
    sheet: "Sub Kegiatan",
    cells: ["K3", "L3"],
  },
  {
    rule: "POKIN017",
    workbook: () => cleanWorkbook(sub2({ targets: { 2025: 0, 2026: 20, 2027: 30 }, realisasi: { 2025: 5 } })),
    sheet: "Sub Kegiatan",
    cells: ["M3"],
  },
  {
    rule: "POKIN018",
    workbook: () => cleanWorkbook(sub2({ polaritas: "Ke atas" })),
    sheet: "Sub Kegiatan",
    cells: ["F3"],
  },
  {
    rule: "POKIN019",
    workbook: () => cleanWorkbook(sub2({ indikator: "Jumlah orang yang mendapatkan permakanan" })),
    sheet: "Sub Kegiatan",
    cells: ["D3"],
  },
  {
    rule: "POKIN020",
    workbook: () => cleanWorkbook(sub2({ nomenklatur: "1.06.05.2.01.0002" })),
    sheet: "Sub Kegiatan",
    cells: ["H3"],
  },
  {
    rule: "POKIN021",
    workbook: () => cleanWorkbook(sub2({ kode: " 1.1.1.1.2\u00A0" })),
    sheet: "Sub Kegiatan",
    cells: ["A3"],
  },
  {
    rule: "POKIN022",
    workbook: () => setCell(cleanWorkbook(), "Pengaturan", 1, 1, 2028),
    sheet: "Pengaturan",
    cells: ["B3"],
  },
  {
    rule: "POKIN023",
    workbook: () => setCell(cleanWorkbook(), "Program", 1, 15, "#REF!"),
    sheet: "Program",
    cells: ["P2"],
  },
  {
    rule: "POKIN024",
    workbook: () => ({
      sheets: [
        ...cleanWorkbook().sheets,
        {
          name: "Referensi Nomenklatur",
          values: [
            ["Kode", "Nomenklatur", "Kinerja", "Indikator", "Satuan"],
            ["1.06.04", "PROGRAM REHABILITASI SOSIAL", "", "", ""],
            ["1.06.04.2.01", "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar", "", "", ""],
            ["1.06.04.2.01.0001", "Penyediaan Permakanan", "", "", "Orang"],
          ],
        },
      ],
    }),
    sheet: "Sub Kegiatan",
    cells: ["H3"],
  },
  {
    rule: "POKIN025",
    workbook: () => cleanWorkbook(sub2({ uraian: "" })),
    sheet: "Sub Kegiatan",
    cells: ["C3"],
  },
  {
    rule: "POKIN026",
    workbook: () =>
      withQuarters(
        cleanWorkbook(sub2({ targets: { 2025: 40, 2026: 50, 2027: 60 }, realisasi: { 2025: 0 } })),
        ["", "", "", 35],
      ),
    sheet: "Sub Kegiatan",
    cells: ["M3"],
  },
  {
    rule: "POKIN027",
    workbook: () => cleanWorkbook(sub2({ satuan: "%" })),
    sheet: "Sub Kegiatan",
    cells: ["E3"],
  },
  {
    rule: "POKIN028",
    workbook: () =>
      cleanWorkbook((l) =>
        Object.assign(l[2]![0]!, {
          indikator: "Jumlah penyandang disabilitas yang dilayani",
          satuan: "orang",
        }),
      ),
    sheet: "Program",
    cells: ["D2"],
  },
  {
    rule: "POKIN029",
    workbook: () => cleanWorkbook(sub2({ nomenklatur: "1.06.04.2.01" })),
    sheet: "Sub Kegiatan",
    cells: ["H3"],
  },
  {
    rule: "POKIN030",
    workbook: () => ({
      sheets: [
        ...cleanWorkbook((l) => Object.assign(l[2]![0]!, { uraian: "Program Perlindungan Sosial" })).sheets,
        {
          name: "Referensi Nomenklatur",
          values: [
            ["Kode", "Nomenklatur", "Kinerja", "Indikator", "Satuan"],
            ["1.06.04", "PROGRAM REHABILITASI SOSIAL", "", "", ""],
            ["1.06.04.2.01", "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar", "", "", ""],
            ["1.06.04.2.01.0001", "Penyediaan Permakanan", "", "", "Orang"],
            ["1.06.04.2.01.0002", "Penyediaan Sandang", "", "", "Orang"],
          ],
        },
      ],
    }),
    sheet: "Program",
    cells: ["C2"],
  },
  {
    rule: "POKIN031",
    workbook: () =>
      withSheet(
        cleanWorkbook(sub2({ polaritas: "Negatif", realisasi: { 2025: 0 } })),
        settingsSheet([
          ["Tahun Awal", 2025],
          ["Tahun Akhir", 2027],
          ["Rumus Negatif", "Rasio"],
        ]),
      ),
    sheet: "Sub Kegiatan",
    cells: ["M3"],
  },
];

/** Appends `Realisasi 2025 TW1…TW4` to Sub Kegiatan, filled on its second row. */
function withQuarters(wb: WorkbookData, quarters: unknown[]): WorkbookData {
  const header = [1, 2, 3, 4].map((q) => `Realisasi 2025 TW${q}`);
  return {
    sheets: wb.sheets.map((s) =>
      s.name !== "Sub Kegiatan"
        ? s
        : { ...s, values: s.values.map((r, i) => [...r, ...(i === 0 ? header : i === 2 ? quarters : [])]) },
    ),
  };
}

describe("checkWorkbook(workbook with one defect)", () => {
  it("covers every rule of SPEC §7", () => {
    expect(CASES.map((c) => c.rule)).toEqual(RULES.map((r) => r.id));
  });

  it.each(CASES)(
    "$rule is reported at $sheet!$cells and nothing unrelated is",
    ({ rule, workbook, sheet, cells, alongWith }) => {
      const findings = checkWorkbook(workbook(), { now: new Date("2026-06-01") });
      const mine = findings.filter((f) => f.rule === rule);
      expect(mine.map((f) => `${f.sheet}!${f.cell}`)).toEqual(cells.map((c) => `${sheet}!${c}`));
      const others = new Set(findings.filter((f) => f.rule !== rule).map((f) => f.rule));
      expect([...others].sort()).toEqual([...(alongWith ?? [])].sort());
    },
  );
});
