/**
 * "Sisipkan rumus capaian" (issue 14): the capaian and predikat formulas inserted next to a table
 * of the user's own, recalculated by LibreOffice Calc, equal the engine's capaian and predikat for
 * every row — Positif, both Negatif formulas, band edges, zero targets and realisasi, a realisasi
 * that sums quarters, numbers stored as text, and a polarity read per row.
 * Skipped with a notice when `soffice` is not on PATH (CI installs it).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { applyPlan } from "../../src/adapters/xlsx/applyPlan";
import { computeCapaian } from "../../src/core/capaian/capaian";
import { predikat, predikatLabel } from "../../src/core/capaian/predikat";
import type { RumusNegatif } from "../../src/core/model/settings";
import { insertCapaianPlan, type InsertCapaianChoice } from "../../src/core/plans/insertCapaianPlan";
import { readPolaritas } from "../../src/core/values/polarity";
import { recalculatedCsv } from "../helpers/libreOffice";

const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
if (!hasSoffice) console.warn("[insert capaian LibreOffice test] soffice is not on PATH: skipped.");

/** [target, realisasi or its quarters, polaritas]: the LKjIP-style table a user keeps. */
const ROWS: [unknown, unknown, string][] = [
  [100, 90, "Positif"],
  [100, 90.01, "Positif"],
  [100, 89.999, "Positif"],
  [100, 90.005, "Positif"],
  [100, 75.01, "Positif"],
  [100, 75, "Positif"],
  [100, 65, "Positif"],
  [100, 65.01, "Positif"],
  [100, 50, "Positif"],
  [100, 50.01, "Positif"],
  [30, 70, "Positif"],
  [0, 5, "Positif"],
  [10, 0, "Positif"],
  [10, 8, "Negatif"],
  [10, 25, "Turun"],
  [80, 60, "-"],
  [10, 0, "Negatif"],
  [0, 3, "Negatif"],
  [40, [10, "", 20, ""], "Positif"],
  [40, [10, 5, 20, 30], "Negatif"],
  ["80", 60, "Positif"],
  [100, "abc", "Positif"],
  [100, "", "Positif"],
];

/** A user's sheet: title row, header at row 3, then the rows; realisasi may SUM the quarters. */
function userSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("LKjIP");
  ws.getCell("A1").value = "Pengukuran Kinerja 2025";
  ws.getRow(3).values = [
    "No",
    "Indikator",
    "Polaritas",
    "Target",
    "Realisasi",
    "TW I",
    "TW II",
    "TW III",
    "TW IV",
  ];
  ROWS.forEach(([target, real, pol], i) => {
    const r = 4 + i;
    const row = ws.getRow(r);
    row.getCell(1).value = i + 1;
    row.getCell(2).value = `Indikator ${i + 1}`;
    row.getCell(3).value = pol;
    row.getCell(4).value = target as ExcelJS.CellValue;
    if (Array.isArray(real)) {
      real.forEach((q, k) => (row.getCell(6 + k).value = q as ExcelJS.CellValue));
      row.getCell(5).value = { formula: `SUM(F${r}:I${r})` } as ExcelJS.CellValue;
    } else row.getCell(5).value = real as ExcelJS.CellValue;
  });
}

/** What the engine says of each row: [capaian (the raw value, as the CSV gives it) or "", predikat or ""]. */
function expected(rumus: RumusNegatif, polarity: "column" | "Positif" | "Negatif"): string[][] {
  return ROWS.map(([target, real, pol]) => {
    const num = (v: unknown) => (typeof v === "number" ? v : undefined);
    const r = Array.isArray(real)
      ? real.filter((q) => typeof q === "number").reduce((a, b) => a + b, 0)
      : num(real);
    const polaritas = polarity === "column" ? readPolaritas(pol).value : polarity;
    const c = computeCapaian({ target: num(target), realisasi: r, polaritas, rumusNegatif: rumus });
    return c === undefined ? ["", ""] : [String(c), predikatLabel(predikat(c), "id")];
  });
}

(hasSoffice ? describe : describe.skip)("inserted capaian formulas recalculated by LibreOffice Calc", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-insert-"));
  const cases = [
    { name: "standar-column", rumus: "Standar" as const, polarity: "column" as const },
    { name: "rasio-column", rumus: "Rasio" as const, polarity: "column" as const },
    { name: "negatif-fixed", rumus: "Standar" as const, polarity: "Negatif" as const },
  ];
  let sheets: Map<string, string[][]>;

  beforeAll(async () => {
    const files: string[] = [];
    for (const c of cases) {
      const wb = new ExcelJS.Workbook();
      userSheet(wb);
      const choice: InsertCapaianChoice = {
        sheet: "LKjIP",
        range: { row: 2, col: 0, rows: ROWS.length + 1, cols: 9 },
        header: true,
        targetCol: 3,
        realisasiCol: 4,
        polaritas: c.polarity === "column" ? { col: 2 } : c.polarity,
        rumusNegatif: c.rumus,
        lang: "id",
      };
      const result = insertCapaianPlan(choice, ["Program"], []);
      if (!("plan" in result)) throw new Error(result.problem.en);
      applyPlan(wb, { sheets: [result.plan] });
      const file = path.join(dir, `${c.name}.xlsx`);
      await wb.xlsx.writeFile(file);
      files.push(file);
    }
    sheets = recalculatedCsv(dir, files);
  }, 180000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each(cases)(
    "$name: every row's capaian and predikat equal the engine's",
    ({ name, rumus, polarity }) => {
      const rows = sheets.get(`${name}-LKjIP`) ?? sheets.get(name);
      expect(rows).toBeDefined();
      expect(rows![2]!.slice(9, 11)).toEqual(["Capaian (%)", "Predikat"]);
      const shown = rows!.slice(3, 3 + ROWS.length).map((r) => [r[9] ?? "", r[10] ?? ""]);
      expect(shown).toEqual(expected(rumus, polarity));
    },
  );
});

describe("insertCapaianPlan(choice, levels, existing)", () => {
  const base: InsertCapaianChoice = {
    sheet: "LKjIP",
    range: { row: 2, col: 0, rows: 5, cols: 5 },
    header: true,
    targetCol: 3,
    realisasiCol: 4,
    polaritas: "Positif",
    rumusNegatif: "Standar",
    lang: "id",
  };
  const code = (r: ReturnType<typeof insertCapaianPlan>) => ("problem" in r ? r.problem.code : "plan");

  test("writes the two columns right after the selection, header included, formulas only from addresses", () => {
    const r = insertCapaianPlan(base, [], []);
    expect("plan" in r && [r.capaianCol, r.predikatCol, r.plan.mode, r.plan.blocks?.[0]?.values[1]]).toEqual([
      5,
      6,
      "update",
      [
        { formula: '=IF(OR(NOT(ISNUMBER(D4)),NOT(ISNUMBER(E4))),"",IF(D4=0,"",ROUND(E4/D4*100,2)))' },
        { formula: expect.stringMatching(/^=IF\(ISNUMBER\(F4\),IF\(F4>90,"Sangat Tinggi"/) },
      ],
    ]);
  });

  test.each([
    [{ sheet: "Program" }, "insert.sheet"],
    [{ sheet: "Hasil Pemeriksaan" }, "insert.sheet"],
    [{ sheet: "Pengaturan" }, "insert.sheet"],
    [{ targetCol: 7 }, "insert.column"],
    [{ realisasiCol: 3 }, "insert.sameColumn"],
    [{ range: { row: 2, col: 0, rows: 1, cols: 5 } }, "insert.noRows"],
  ])("refuses %j with %s", (change, expectedCode) => {
    expect(code(insertCapaianPlan({ ...base, ...change }, ["Program"], []))).toBe(expectedCode);
  });

  test("never writes over a cell that holds something", () => {
    expect(code(insertCapaianPlan(base, [], [[], [], ["catatan"]]))).toBe("insert.occupied");
    expect(code(insertCapaianPlan(base, [], [[""], [null, ""]]))).toBe("plan");
  });
});
