import { capaianTree } from "../../../src/core/capaian/capaianTree";
import { buildModel, type Model } from "../../../src/core/model/buildModel";
import { CAPAIAN_HEADER_ROW, capaianPlan } from "../../../src/core/plans/capaianPlan";
import { PREDIKAT_FILLS } from "../../../src/core/layout/colors";
import { PREDIKAT_COLORS } from "../../../src/core/plans/capaianStyle";
import type { CellBlock, FormulaValue, PlanValue, SheetPlan } from "../../../src/core/plans/types";
import { DEFAULT_ROW_HEIGHT, textHeight, wrappedLines } from "../../../src/core/plans/rowHeights";
import { settingsSheet } from "../../helpers/workbook";
import { sheetOf, twoLevels } from "../capaian/build";

const DATE = new Date(2025, 0, 31, 9, 30);
const FIRST = CAPAIAN_HEADER_ROW + 1;
const SETTINGS: [string, unknown][] = [
  ["Pemerintah Daerah", "Kabupaten Banjarnegara"],
  ["Perangkat Daerah", "Dinas Sosial"],
];

function body(plan: SheetPlan): readonly (readonly PlanValue[])[] {
  return plan.blocks!.find((b: CellBlock) => b.row === FIRST)!.values;
}
const f = (v: PlanValue | undefined) => v as FormulaValue;

/** A two-level tree: A (Positif) with children A1, A2 (band edges), B (Negatif) with B1. */
function sample(extra: [string, unknown][] = []): Model {
  return twoLevels(
    [
      { kode: "A", uraian: "Sasaran A", targets: { 2025: 100 }, realisasi: { 2025: 90 } },
      { kode: "B", uraian: "Sasaran B", polaritas: "Negatif", targets: { 2025: 10 }, realisasi: { 2025: 8 } },
    ],
    [
      { kode: "B1", induk: "B", targets: { 2025: 100 }, realisasi: { 2025: 50 } },
      { kode: "A1", induk: "A", targets: { 2025: 100 }, realisasi: { 2025: 90.01 } },
      { kode: "A2", induk: "A", uraian: "=1+1", indikator: "@SUM(A1)", targets: { 2025: 100 } },
    ],
    { settings: [...SETTINGS, ...extra] },
  );
}

describe("capaianPlan(model, year, lang, date)", () => {
  test("writes the generated line, titles and header above the table", () => {
    const plan = capaianPlan(sample(), 2025, "id", DATE);
    expect({
      name: plan.name,
      mode: plan.mode,
      top: plan.blocks![0]!.values,
      header: plan.blocks![1],
    }).toEqual({
      name: "Capaian 2025",
      mode: "replace",
      top: [
        [
          "Dibuat otomatis oleh Pokin pada 2025-01-31. Ditulis ulang setiap pembuatan: jangan diubah; isi realisasi di lembar level.",
        ],
        ["CAPAIAN KINERJA TAHUN 2025"],
        ["Pemerintah Daerah: Kabupaten Banjarnegara"],
        ["Perangkat Daerah: Dinas Sosial"],
        ["Rumus Negatif: Standar — indikator negatif: (2 − R/T) × 100"],
      ],
      header: {
        row: CAPAIAN_HEADER_ROW,
        col: 0,
        values: [
          [
            "No",
            "Kode",
            "Uraian",
            "Indikator",
            "Satuan",
            "Target",
            "Realisasi",
            "Capaian (%)",
            "Predikat",
            "Rata-rata Capaian Anak (%)",
          ],
        ],
      },
    });
  });

  test("lists every indicator level by level, children grouped under their parents, with formulas into the level sheets", () => {
    const rows = body(capaianPlan(sample(), 2025, "id", DATE));
    const r = (i: number) => FIRST + i + 1; // 1-based sheet row of body row i
    expect(rows.map((row) => row.slice(0, 5))).toEqual([
      ["Induk"],
      [1, "A", "Sasaran A", "Indikator A", "orang"],
      [2, "B", "Sasaran B", "Indikator B", "orang"],
      ["Anak"],
      [1, "A1", "Uraian", "Indikator A1", "orang"],
      [2, "A2", "=1+1", "@SUM(A1)", "orang"], // workbook text stays plain strings
      [3, "B1", "Uraian", "Indikator B1", "orang"],
    ]);
    expect(rows[1]!.slice(5)).toEqual([
      { formula: `=IF(ISNUMBER('Induk'!J2),'Induk'!J2,"")`, result: 100 },
      { formula: `=IF(ISNUMBER('Induk'!M2),'Induk'!M2,"")`, result: 90 },
      {
        formula: `=IF(OR(NOT(ISNUMBER(F${r(1)})),NOT(ISNUMBER(G${r(1)}))),"",IF(F${r(1)}=0,"",ROUND(G${r(1)}/F${r(1)}*100,2)))`,
        result: 90,
      },
      {
        formula: `=IF(ISNUMBER(H${r(1)}),IF(H${r(1)}>90,"Sangat Tinggi",IF(H${r(1)}>75,"Tinggi",IF(H${r(1)}>65,"Sedang",IF(H${r(1)}>50,"Rendah","Sangat Rendah")))),"")`,
        result: "Tinggi",
      },
      { formula: `=IF(COUNT(H${r(4)}:H${r(5)})=0,"",ROUND(AVERAGE(H${r(4)}:H${r(5)}),2))`, result: 90.01 },
    ]);
    expect(f(rows[2]![7]).formula).toBe(
      `=IF(OR(NOT(ISNUMBER(F${r(2)})),NOT(ISNUMBER(G${r(2)}))),"",IF(F${r(2)}=0,"",ROUND((2-G${r(2)}/F${r(2)})*100,2)))`,
    );
    expect(
      rows.map((row) => [f(row[7])?.result, f(row[8])?.result, row[9] === null ? null : f(row[9])?.result]),
    ).toEqual([
      [undefined, undefined, undefined],
      [90, "Tinggi", 90.01],
      [120, "Sangat Tinggi", 50],
      [undefined, undefined, undefined],
      [90.01, "Sangat Tinggi", null],
      ["", "", null],
      [50, "Sangat Rendah", null],
    ]);
  });

  test("every Capaian and Predikat result is the core's own value", () => {
    const model = sample([["Rumus Negatif", "Rasio"]]);
    const rows = body(capaianPlan(model, 2025, "en", DATE));
    const tree = capaianTree(model, 2025);
    const byKode = new Map(rows.filter((row) => row.length > 1).map((row) => [row[1], row]));
    const mismatches = model.indicators.filter((ind) => {
      const row = byKode.get(ind.kode)!;
      return f(row[7]).result !== (tree.get(ind)!.own.capaian ?? "");
    });
    expect(mismatches).toEqual([]);
    expect(f(byKode.get("B")![7]).formula).toContain(`ROUND(F${FIRST + 3}/G${FIRST + 3}*100,2)`);
    expect(f(byKode.get("B")![8]).result).toBe("Very High"); // 10/8 = 125 %
  });

  test("quarters: TW columns are added, and Realisasi comes from them by Sifat when Realisasi YYYY is empty", () => {
    const model = twoLevels(
      [
        { kode: "K", sifat: "Kumulatif", targets: { 2025: 40 }, quarters: { 2025: [10, "", 20, ""] } },
        { kode: "H", sifat: "Akhir", targets: { 2025: 40 }, quarters: { 2025: [10, "", 20, ""] } },
      ],
      [],
      { quarters: true },
    );
    const plan = capaianPlan(model, 2025, "id", DATE);
    expect(plan.blocks![1]!.values[0]!.slice(10)).toEqual(["TW1", "TW2", "TW3", "TW4"]);
    const [, k, h] = body(plan);
    const q = (c: string) => `'Induk'!${c}2`;
    expect(f(k![6])).toEqual({
      formula: `=IF(ISNUMBER('Induk'!M2),'Induk'!M2,IF(COUNT(${q("Q")},${q("R")},${q("S")},${q("T")})=0,"",SUM(${q("Q")},${q("R")},${q("S")},${q("T")})))`,
      result: 30,
    });
    const last = (c: string) => `'Induk'!${c}3`;
    expect(f(h![6])).toEqual({
      formula: `=IF(ISNUMBER('Induk'!M3),'Induk'!M3,IF(ISNUMBER(${last("T")}),${last("T")},IF(ISNUMBER(${last("S")}),${last("S")},IF(ISNUMBER(${last("R")}),${last("R")},IF(ISNUMBER(${last("Q")}),${last("Q")},"")))))`,
      result: 20,
    });
    expect([f(k![7]).result, f(h![7]).result]).toEqual([75, 50]);
    expect(k!.slice(10).map((v) => f(v).result)).toEqual([10, "", 20, ""]);
  });

  test("without a Realisasi YYYY column the Realisasi formula reads the quarters alone", () => {
    const header = [
      "Kode",
      "Uraian",
      "Indikator",
      "Satuan",
      "Target 2025",
      "Realisasi 2025 TW3",
      "Realisasi 2025 TW1",
    ];
    const model = buildModel({
      sheets: [
        settingsSheet([
          ["Level 1", "Atas"],
          ["Level 2", "Bawah"],
        ]),
        { name: "Atas", values: [header, ["X", "U", "I", "orang", 8, 3, 5]] },
        { name: "Bawah", values: [header] },
      ],
    });
    const [, x] = body(capaianPlan(model, 2025, "id", DATE));
    expect(f(x![6])).toEqual({
      formula: `=IF(COUNT('Atas'!G2,'Atas'!F2)=0,"",SUM('Atas'!G2,'Atas'!F2))`,
      result: 8,
    });
    expect(x!.slice(10)).toEqual([
      { formula: `=IF(ISNUMBER('Atas'!G2),'Atas'!G2,"")`, result: 5 },
      null,
      { formula: `=IF(ISNUMBER('Atas'!F2),'Atas'!F2,"")`, result: 3 },
      null,
    ]);
  });

  test("sheet names with quotes are quoted in formulas, and a %-formatted percent cell is read ×100", () => {
    const sheet = sheetOf("Bidang's", [
      { kode: "P", satuan: "%", targets: { 2025: 80 }, realisasi: { 2025: 0.6 } },
    ]);
    const formats = sheet.values.map((row, i) => row.map((_, c) => (i === 1 && c === 12 ? "0%" : undefined)));
    const model = buildModel({
      sheets: [
        settingsSheet([
          ["Level 1", "Bidang's"],
          ["Level 2", "Anak"],
        ]),
        { ...sheet, numberFormats: formats },
        sheetOf("Anak", []),
      ],
    });
    const [, p] = body(capaianPlan(model, 2025, "id", DATE));
    expect([f(p![6]), f(p![7]).result]).toEqual([
      { formula: `=IF(ISNUMBER('Bidang''s'!M2),'Bidang''s'!M2*100,"")`, result: 60 },
      75,
    ]);
  });

  test("a number stored as text is no value for the formulas nor for the core: Target and Capaian are empty in both", () => {
    const model = twoLevels([{ kode: "T", targets: { 2025: "100" }, realisasi: { 2025: 50 } }], []);
    const [, t] = body(capaianPlan(model, 2025, "id", DATE));
    expect([5, 6, 7, 8].map((c) => f(t![c]).result)).toEqual(["", 50, "", ""]);
  });

  test("no formula uses functions Excel 2016 or LibreOffice lack", () => {
    const model = twoLevels([{ kode: "Q", quarters: { 2025: [1, 2, 3, 4] } }], [{ kode: "Q1", induk: "Q" }], {
      quarters: true,
    });
    const formulas = body(capaianPlan(model, 2025, "id", DATE))
      .flat()
      .filter((v): v is FormulaValue => typeof v === "object" && v !== null)
      .map((v) => v.formula);
    expect(formulas.length).toBeGreaterThan(10);
    expect(
      formulas.filter((x) => /\b(IFS|LET|SWITCH|XLOOKUP|FILTER|MAXIFS|TEXTJOIN|CONCAT)\(/.test(x)),
    ).toEqual([]);
  });

  test("predikat colours, print setup, frozen header and label rows are planned", () => {
    const plan = capaianPlan(sample(), 2025, "en", DATE);
    const n = body(plan).length;
    expect({
      cf: plan.conditionalFormats,
      print: plan.print,
      freeze: plan.freeze,
      merges: plan.merges,
      widths: plan.columnWidths?.length,
    }).toEqual({
      cf: [
        {
          range: { row: FIRST, col: 8, rows: n },
          rules: [
            { equals: "Very High", ...PREDIKAT_COLORS["Sangat Tinggi"] },
            { equals: "High", ...PREDIKAT_COLORS.Tinggi },
            { equals: "Medium", ...PREDIKAT_COLORS.Sedang },
            { equals: "Low", ...PREDIKAT_COLORS.Rendah },
            { equals: "Very Low", ...PREDIKAT_COLORS["Sangat Rendah"] },
          ],
        },
      ],
      print: {
        landscape: true,
        paperSize: "A4", // ten columns at 11 pt print at 8 pt or more on one A4 page wide
        fitToWidth: true,
        // the margins the planned row breaks are computed for (page breaks: capaianPrint.test)
        margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
        repeatRows: [CAPAIAN_HEADER_ROW, CAPAIAN_HEADER_ROW],
        header: "Dinas Sosial — Kabupaten Banjarnegara — Achievement 2025",
      },
      freeze: { rows: FIRST },
      merges: [
        { row: FIRST, col: 0, cols: 10 },
        { row: FIRST + 3, col: 0, cols: 10 },
        // the summary's header, two level rows and total, below the table and a blank row
        ...[2, 3, 4, 5].map((k) => ({ row: FIRST + n + k, col: 0, cols: 4 })),
      ],
      widths: 11, // the summary reaches column K
    });
  });

  test("predikat fills keep text readable when printed in grey (contrast ≥ 4.5) and are five distinct greys", () => {
    const lum = (hex: string) => {
      const [r, g, b] = [1, 3, 5]
        .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) =>
      (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
    const colors = Object.values(PREDIKAT_COLORS);
    expect(colors.filter((c) => contrast(c.fill, c.fontColor) < 4.5)).toEqual([]);
    expect(new Set(colors.map((c) => Math.round(lum(c.fill) * 20))).size).toBe(5);
  });

  test("the Capaian table colours each predikat as the diagram does (one palette)", () => {
    expect(Object.fromEntries(Object.entries(PREDIKAT_COLORS).map(([p, c]) => [p, c.fill]))).toEqual(
      PREDIKAT_FILLS,
    );
  });

  test("a workbook without indicators gets a one-line table saying so", () => {
    const model = twoLevels([], []);
    expect(body(capaianPlan(model, 2025, "en", DATE))).toEqual([
      ["The level sheets have no indicators yet."],
    ]);
  });

  test("a row with a long Uraian, Indikator or Satuan is planned tall enough for its wrapped text; short rows keep the default", () => {
    const URAIAN =
      "Meningkatnya kesadaran masyarakat terhadap nilai-nilai kehidupan bermasyarakat dan berdemokrasi";
    const INDIKATOR =
      "Persentase penurunan Pemerlu Pelayanan Kesejahteraan Sosial/Penyandang Masalah Kesejahteraan Sosial di seluruh kecamatan";
    const model = twoLevels(
      [
        { kode: "A", uraian: URAIAN, indikator: INDIKATOR, targets: { 2025: 100 } },
        { kode: "B", uraian: "Pendek", satuan: "Perangkat Daerah dan Unit Kerja", targets: { 2025: 1 } },
        { kode: "C", uraian: "Pendek", indikator: "Pendek", targets: { 2025: 1 } },
      ],
      [],
      { settings: SETTINGS },
    );
    const plan = capaianPlan(model, 2025, "id", DATE);
    const width = (col: number) => plan.columnWidths!.find((w) => w.col === col)!.width;
    const rowOf = (kode: string) => FIRST + body(plan).findIndex((r) => r[1] === kode);
    const height = (row: number) => plan.rowHeights!.find((h) => h.row === row)?.height;
    const lines = Math.max(wrappedLines(URAIAN, width(2)), wrappedLines(INDIKATOR, width(3)));
    expect(lines).toBeGreaterThan(1);
    expect(height(rowOf("A"))).toBeGreaterThanOrEqual(textHeight(lines));
    expect(height(rowOf("B"))).toBeGreaterThan(DEFAULT_ROW_HEIGHT);
    expect(height(rowOf("C"))).toBeUndefined();
    // Satuan wraps like Uraian and Indikator, so a long unit grows its row instead of being cut.
    expect(plan.formats).toContainEqual({
      range: { row: FIRST, col: 2, rows: body(plan).length, cols: 3 },
      wrap: true,
    });
  });
});
