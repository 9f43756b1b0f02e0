import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { REPORT_SHEET, REVIEW_SHEET } from "../../src/core/sheets";
import { cleanWorkbook } from "../helpers/workbook";
import { pokinInProcess as run } from "../helpers/pokinBin";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-notes-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every cell of a sheet as [address, value, number format], and its validations and tables. */
function snapshot(ws: ExcelJS.Worksheet): unknown {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) =>
      cells.push([cell.address, cell.value, cell.numFmt ?? ""]),
    ),
  );
  const validations = (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model;
  const tables = Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables ?? {});
  return { cells, validations, tables };
}

const NOTES: unknown[][] = [
  [
    "POKIN010",
    "1.1.1",
    "Program",
    "Dikecualikan",
    "Satuan menyusul dari Bappeda",
    "Inspektorat",
    new Date(Date.UTC(2026, 10, 1)),
  ],
  [
    "POKIN011",
    "1.1.1",
    "Program",
    "Perlu Perbaikan",
    "=isi target 2026",
    "Bappeda",
    new Date(Date.UTC(2026, 10, 2)),
  ],
  ["POKIN019", "9.9", "Program", "Dikecualikan", "usang", "", ""],
];

/** pokin init's workbook (with its Catatan Reviu table) holding a faulty tree and three notes. */
async function reviewedFile(name: string): Promise<string> {
  const file = path.join(dir, name);
  expect((await run("init", file)).code).toBe(0);
  const wb = await load(file);
  const data = cleanWorkbook((levels) => {
    levels[2]![0]!.satuan = "";
    levels[2]![0]!.targets = { 2025: 10, 2027: 30 };
  });
  for (const sheet of data.sheets) {
    const ws = wb.getWorksheet(sheet.name)!;
    const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    sheet.values.slice(1).forEach((row, r) =>
      (sheet.values[0] as string[]).forEach((h, c) => {
        const at = header.indexOf(h);
        if (at >= 0 && row[c] !== "" && row[c] !== undefined)
          ws.getCell(r + 2, at + 1).value = row[c] as ExcelJS.CellValue;
      }),
    );
  }
  const notes = wb.getWorksheet(REVIEW_SHEET)!;
  NOTES.forEach((row, r) =>
    row.forEach((v, c) => v !== "" && (notes.getCell(r + 2, c + 1).value = v as ExcelJS.CellValue)),
  );
  await wb.xlsx.writeFile(file);
  return file;
}

describe("Catatan Reviu in the command line", () => {
  it("pokin init adds an empty Catatan Reviu table with drop-downs for Aturan, Lembar and Status", async () => {
    const file = path.join(dir, "kosong.xlsx");
    expect((await run("init", file)).code).toBe(0);
    const ws = (await load(file)).getWorksheet(REVIEW_SHEET)!;
    expect((ws.getRow(1).values as unknown[]).slice(1, 8)).toEqual([
      "Aturan",
      "Kode",
      "Lembar",
      "Status",
      "Catatan",
      "Oleh",
      "Tanggal",
    ]);
    const v = (ws as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } })
      .dataValidations.model;
    const formulas = Object.values(v).map((x) => x.formulae[0]);
    expect(formulas).toContain('"Dikecualikan,Perlu Perbaikan,Selesai"');
    expect(formulas).toContain(
      '"Tujuan RPD,Tujuan OPD,Program,Kegiatan,Sub Kegiatan,Pengaturan,Referensi Nomenklatur"',
    );
    const rulesList = formulas.find((f) => /^\$I\$2:\$I\$\d+$/.test(f ?? ""));
    expect(rulesList).toBeDefined();
    expect(ws.getCell("I2").value).toBe("POKIN001");
    expect(Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables)).toEqual([
      "tbl_CatatanReviu",
    ]);
    // An empty workbook with an empty notes sheet checks as before: no note finding.
    expect((await run("check", file, "--format", "json")).out).not.toMatch(/POKIN04[789]/);
  });

  it("pokin check leaves out excepted findings, counts them, exits on the others only, and lists note findings", async () => {
    const file = await reviewedFile("periksa.xlsx");
    const text = await run("check", file);
    expect(text.code).toBe(1); // POKIN011 is only marked Perlu Perbaikan
    expect(text.out).not.toMatch(/POKIN010/);
    expect(text.out).toMatch(/POKIN011/);
    expect(text.out).toMatch(/\nINFO +POKIN048 {2}1 temuan\n {2}Catatan Reviu!A4 {2}\[9\.9\] /);
    expect(text.out).toMatch(/Ringkasan: 1 kesalahan, 0 peringatan, 1 info, 1 dikecualikan\n$/);

    const json = JSON.parse((await run("check", file, "--format", "json")).out) as Record<string, unknown>[];
    expect(json.map((f) => f.rule)).toEqual(["POKIN011", "POKIN048"]);
    expect(json.every((f) => !("excepted" in f) && !("catatan" in f))).toBe(true);

    const all = JSON.parse((await run("check", file, "--format", "json", "--all")).out) as Record<
      string,
      unknown
    >[];
    expect(all.map((f) => [f.rule, f.excepted ?? null, f.catatan ?? null])).toEqual([
      ["POKIN010", true, "Satuan menyusul dari Bappeda"],
      ["POKIN011", null, null],
      ["POKIN048", null, null],
    ]);
    const en = await run("check", file, "--all", "--lang", "en");
    expect(en.out).toMatch(
      /\nERROR +POKIN010 {2}1 finding\n {2}\S+!\w+ .*\(excepted: Satuan menyusul dari Bappeda\)/,
    );
    expect(en.out).toMatch(/Summary: 1 error, 0 warnings, 1 info, 1 excepted\n$/);
  });

  it("pokin build keeps Catatan Reviu as it was, and Hasil Pemeriksaan leaves out and counts the excepted", async () => {
    const file = await reviewedFile("bangun.xlsx");
    const out = path.join(dir, "bangun-hasil.xlsx");
    expect((await run("build", file, "-o", out)).code).toBe(1);
    const before = snapshot((await load(file)).getWorksheet(REVIEW_SHEET)!);
    const after = await load(out);
    expect(snapshot(after.getWorksheet(REVIEW_SHEET)!)).toEqual(before);
    const report = after.getWorksheet(REPORT_SHEET)!;
    expect(report.getCell("A2").value).toBe("2 temuan: 1 kesalahan, 0 peringatan, 1 info; 1 dikecualikan.");
  });

  it("pokin import keeps Catatan Reviu as it was", async () => {
    const file = await reviewedFile("impor.xlsx");
    const wb = await load(file);
    const paste = wb.addWorksheet("Tempel");
    [
      ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Satuan", "Target 2025"],
      ["1.06.04", "Program Rehabilitasi Sosial", "Persentase PPKS tertangani", "%", 75],
    ].forEach((row) => paste.addRow(row));
    await wb.xlsx.writeFile(file);
    const out = path.join(dir, "impor-hasil.xlsx");
    const r = await run("import", file, "--sheet", "Tempel", "-o", out);
    expect(r.err).toBe("");
    expect(snapshot((await load(out)).getWorksheet(REVIEW_SHEET)!)).toEqual(
      snapshot((await load(file)).getWorksheet(REVIEW_SHEET)!),
    );
  });
});
