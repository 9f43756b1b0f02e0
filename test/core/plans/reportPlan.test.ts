import * as fs from "node:fs";
import * as path from "node:path";
import { LINK_COLOR } from "../../../src/core/plans/reportFormats";
import { cellLink, reportPlan, REPORT_SHEET } from "../../../src/core/plans/reportPlan";
import type { Finding } from "../../../src/core/rules/types";
import { checkWorkbook } from "../../../src/core/rules";
import { DEFAULT_ROW_HEIGHT, textHeight, wrappedLines } from "../../../src/core/plans/rowHeights";
import { cleanWorkbook, setCell, col } from "../../helpers/workbook";

const AT = new Date(2025, 2, 7, 9, 5); // local time, as the report shows it

const FINDINGS: Finding[] = [
  {
    rule: "POKIN001",
    severity: "error",
    sheet: "Kegiatan",
    cell: "A1",
    message: "Lembar Kegiatan tidak ada.",
  },
  {
    rule: "POKIN008",
    severity: "warning",
    sheet: "Program",
    cell: "C5",
    kode: "1.1.1",
    message: "=SUM(A1) bukan rumus",
  },
];

describe("reportPlan", () => {
  test("the Sel links look like links (blue, underlined); a cell of a missing sheet stays plain", () => {
    const plan = reportPlan(FINDINGS, "en", AT, { existingSheets: ["Program"] });
    const linkLooks = (plan.formats ?? []).filter((f) => f.underline);
    expect(linkLooks).toEqual([
      { range: { row: 5, col: 4, rows: 1 }, fontColor: LINK_COLOR, underline: true },
    ]);
  });

  test("reportPlan(findings, 'id', at) gives the whole Hasil Pemeriksaan sheet: generated line, counts, table with links", () => {
    const plan = reportPlan(FINDINGS, "id", AT);
    expect(plan.name).toBe(REPORT_SHEET);
    expect(plan.mode).toBe("replace");
    expect(plan.blocks).toEqual([
      {
        row: 0,
        col: 0,
        values: [
          [
            "Dibuat otomatis oleh Pokin pada 2025-03-07 09:05. Ditulis ulang setiap pemeriksaan: jangan diubah.",
          ],
          ["2 temuan: 1 kesalahan, 1 peringatan, 0 info."],
          ["Per aturan: POKIN001 (Kesalahan) 1 temuan; POKIN008 (Peringatan) 1 temuan."],
        ],
      },
      {
        row: 3,
        col: 0,
        values: [
          ["No", "Aturan", "Tingkat", "Lembar", "Sel", "Kode", "Pesan", "Jumlah", "Semua sel"],
          [
            1,
            "POKIN001",
            "Kesalahan",
            "Kegiatan",
            cellLink("Kegiatan", "A1"),
            "",
            "Lembar Kegiatan tidak ada.",
            1,
            "",
          ],
          [
            2,
            "POKIN008",
            "Peringatan",
            "Program",
            cellLink("Program", "C5"),
            "1.1.1",
            "=SUM(A1) bukan rumus",
            1,
            "",
          ],
        ],
      },
    ]);
    expect(plan.freeze).toEqual({ rows: 4 });
    expect(plan.table).toEqual({
      name: "PokinHasilPemeriksaan",
      range: { row: 3, col: 0, rows: 3, cols: 9 },
    });
    expect(plan.conditionalFormats?.[0]?.range).toEqual({ row: 4, col: 2, rows: 2 });
    expect(plan.conditionalFormats?.[0]?.rules.map((r) => r.equals)).toEqual([
      "Kesalahan",
      "Peringatan",
      "Info",
    ]);
  });

  test("reportPlan(findings, 'en', at) speaks English in headers, severities and counts", () => {
    const plan = reportPlan(FINDINGS, "en", AT);
    const table = plan.blocks?.[1]?.values;
    expect(table?.[0]).toEqual([
      "No",
      "Rule",
      "Severity",
      "Sheet",
      "Cell",
      "Kode",
      "Message",
      "Count",
      "All cells",
    ]);
    expect(table?.map((r) => r[2])).toEqual(["Severity", "Error", "Warning"]);
    expect(plan.blocks?.[0]?.values[1]).toEqual(["2 findings: 1 errors, 1 warnings, 0 info."]);
  });

  test("a message that looks like a formula stays a plain string, never a FormulaValue", () => {
    const plan = reportPlan(FINDINGS, "id", AT);
    const messages = plan.blocks?.[1]?.values.slice(1).map((r) => r[6]);
    expect(messages).toEqual(["Lembar Kegiatan tidak ada.", "=SUM(A1) bukan rumus"]);
  });

  test("cellLink(sheet, cell) doubles single quotes for the reference and double quotes for the string", () => {
    expect(cellLink("Program", "C5")).toEqual({ formula: `=HYPERLINK("#'Program'!C5","C5")`, result: "C5" });
    expect(cellLink(`Bu'di "X"`, "B2")).toEqual({
      formula: `=HYPERLINK("#'Bu''di ""X""'!B2","B2")`,
      result: "B2",
    });
  });

  test("with existingSheets, a finding on a missing sheet gets plain text instead of a dead link", () => {
    const plan = reportPlan(FINDINGS, "id", AT, { existingSheets: ["program", "Tujuan RPD"] });
    expect(plan.blocks?.[1]?.values.slice(1).map((r) => r[4])).toEqual(["A1", cellLink("Program", "C5")]);
  });

  test("reportPlan([], …) keeps a one-row table saying there is nothing to fix", () => {
    const plan = reportPlan([], "id", AT);
    expect(plan.blocks?.[1]?.values.slice(1)).toEqual([
      ["", "", "", "", "", "", "Tidak ada temuan: pohon kinerja konsisten.", "", ""],
    ]);
    expect(plan.blocks?.[0]?.values[1]).toEqual(["0 temuan: 0 kesalahan, 0 peringatan, 0 info."]);
    expect(plan.table?.range).toEqual({ row: 3, col: 0, rows: 2, cols: 9 });
  });

  test("the report of a real check has one row per finding when no row holds two of one rule, in the check's order", () => {
    const wb = setCell(cleanWorkbook(), "Program", 1, col("Indikator"), "");
    const findings = checkWorkbook(wb);
    expect(findings.length).toBeGreaterThan(0);
    const rows = reportPlan(findings, "id", AT).blocks?.[1]?.values.slice(1) ?? [];
    expect(rows.map((r) => [r[1], r[3]])).toEqual(findings.map((f) => [f.rule, f.sheet]));
    expect(rows.map((r) => r[4])).toEqual(findings.map((f) => cellLink(f.sheet, f.cell)));
  });

  test("on the sample, 344 empty targets become one row per indicator, every cell still listed, the rules counted on top", () => {
    const findings = JSON.parse(
      fs.readFileSync(path.resolve(__dirname, "../../fixtures/banjarnegara.findings.json"), "utf8"),
    ) as Finding[];
    const plan = reportPlan(findings, "id", AT);
    expect(plan.blocks?.[0]?.values[2]).toEqual([
      "Per aturan: POKIN011 (Kesalahan) 344 temuan pada 86 indikator; POKIN008 (Peringatan) 2 temuan.",
    ]);
    const rows = plan.blocks?.[1]?.values.slice(1) ?? [];
    expect(rows).toHaveLength(88);
    expect(rows.map((r) => r[0])).toEqual(rows.map((_, i) => i + 1));
    // The two structural warnings are rows 87 and 88 of the table, not 345 and 346.
    expect(rows.slice(86).map((r) => [r[1], r[5]])).toEqual([
      ["POKIN008", "3.1"],
      ["POKIN008", "4.1"],
    ]);
    expect(rows[0]).toEqual([
      1,
      "POKIN011",
      "Kesalahan",
      "Tujuan RPD",
      cellLink("Tujuan RPD", "I2"),
      "1",
      "[1] Target 2023–2026 kosong.",
      4,
      "I2, J2, K2, L2",
    ]);
    // Every finding's cell is on its row: linked (the first) or listed, and the counts add up.
    const listed = rows.flatMap((r) =>
      (r[8] === "" ? [(r[4] as { result: string }).result] : String(r[8]).split(", ")).map(
        (c) => `${r[3]}!${c}`,
      ),
    );
    expect(listed.sort()).toEqual(findings.map((f) => `${f.sheet}!${f.cell}`).sort());
    expect(rows.reduce((n, r) => n + Number(r[7]), 0)).toBe(346);
  });

  test("a long message makes its row tall enough to show it whole; short messages keep the default height", () => {
    const long =
      "[1.1.2] Tidak ada indikator di level 'Kegiatan' yang Kode Induk-nya '1.1.2'. Tambahkan indikator kegiatan di bawahnya, atau hapus indikator program ini bila memang tidak dipakai lagi dalam periode rencana.";
    const plan = reportPlan([...FINDINGS, { ...FINDINGS[1]!, cell: "C6", message: long }], "id", AT);
    const width = plan.columnWidths!.find((w) => w.col === 6)!.width;
    expect(wrappedLines(long, width)).toBeGreaterThan(1);
    expect(plan.rowHeights).toEqual([
      { row: 6, height: Math.ceil(textHeight(wrappedLines(long, width)) * 4) / 4 },
    ]);
    expect(textHeight(1)).toBe(DEFAULT_ROW_HEIGHT);
  });

  test("the report prints landscape on A4, one page wide, its header row repeated, with the agency and date on top", () => {
    expect(reportPlan(FINDINGS, "en", AT, { agency: "Dinas Sosial — Kabupaten Banjarnegara" }).print).toEqual(
      {
        landscape: true,
        paperSize: "A4",
        fitToWidth: true,
        repeatRows: [3, 3],
        header: "Dinas Sosial — Kabupaten Banjarnegara — Check report — 2025-03-07",
      },
    );
    expect(reportPlan(FINDINGS, "id", AT).print?.header).toBe("Hasil Pemeriksaan — 2025-03-07");
  });
});
