import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { readXlsxFile } from "../../src/adapters/xlsx/readFile";
import { diffWorkbooks } from "../../src/core/diff";
import type { WorkbookData } from "../../src/core/sheet";
import { CHANGES_SHEET } from "../../src/core/sheets";
import { cleanWorkbook } from "../helpers/workbook";
import { addRow, edit } from "../core/diff/edits";
import { writeWorkbook } from "./cliFiles";
import { pokinInProcess as run } from "../helpers/pokinBin";

let dir: string;
let oldFile: string;
let newFile: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-diff-"));
  oldFile = path.join(dir, "lama.xlsx");
  newFile = path.join(dir, "baru.xlsx");
  const old = cleanWorkbook();
  let revised = edit(old, "Program", "1.1.1", "Target 2026", 15);
  revised = edit(revised, "Program", "1.1.1", "Target 2027", "32,5");
  revised = edit(revised, "Kegiatan", "1.1.1.1", "Kode", "1.1.1.9");
  revised = edit(revised, "Sub Kegiatan", "1.1.1.1.1", "Kode Induk", "1.1.1.9");
  revised = edit(revised, "Sub Kegiatan", "1.1.1.1.2", "Kode Induk", "1.1.1.9");
  revised = edit(revised, "Program", "1.1.1", "Realisasi 2025", 7);
  revised = addRow(revised, "Sub Kegiatan", {
    Kode: "1.1.1.1.3",
    "Kode Induk": "1.1.1.9",
    Uraian: '=HYPERLINK("x")',
    Indikator: "Jumlah alat bantu",
    Satuan: "unit",
  });
  await writeWorkbook(old, oldFile);
  await writeWorkbook(revised, newFile);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function read(file: string): Promise<WorkbookData> {
  const data = await readXlsxFile(file);
  if ("failure" in data) throw new Error(data.message.en);
  return data;
}

describe("pokin diff OLD NEW", () => {
  it("exits 0 and says so when nothing changed", async () => {
    expect(await run("diff", oldFile, oldFile)).toEqual({ code: 0, out: "Tidak ada perubahan.\n", err: "" });
    expect((await run("diff", oldFile, oldFile, "--format", "json")).out).toBe("[]\n");
  });

  it("prints the JSON array of changes the core gives for the two files, and exits 1", async () => {
    const r = await run("diff", oldFile, newFile, "--format", "json");
    expect([r.code, r.err]).toEqual([1, ""]);
    const expected = diffWorkbooks(await read(oldFile), await read(newFile));
    expect(JSON.parse(r.out)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(expected.map((c) => [c.kind, c.kode, c.field ?? ""])).toEqual([
      ["changed", "1.1.1", "Target 2026"],
      ["changed", "1.1.1", "Target 2027"],
      ["recoded", "1.1.1.9", "Kode"],
      ["added", "1.1.1.1.3", ""],
    ]);
    const all = JSON.parse((await run("diff", oldFile, newFile, "--format", "json", "--all")).out) as {
      field?: string;
    }[];
    expect(all.map((c) => c.field ?? "")).toContain("Realisasi 2025");
  });

  it("prints a reviewer's sentences grouped by level, in Indonesian and English", async () => {
    const id = await run("diff", oldFile, newFile);
    expect(id.code).toBe(1);
    expect(id.out).toBe(
      [
        "Program",
        "  1.1.1      Target 2026: 20 → 15  (Program!K2)",
        "  1.1.1      Target 2027: 30 → 32,5  (Program!L2)",
        "",
        "Kegiatan",
        "  1.1.1.9    Kode diubah: 1.1.1.1 → 1.1.1.9  (Kegiatan!A2)",
        "",
        "Sub Kegiatan",
        '  1.1.1.1.3  Ditambahkan: =HYPERLINK("x") — Jumlah alat bantu  (Sub Kegiatan!A4)',
        "",
        "Ringkasan: 4 perubahan: 1 ditambahkan, 1 kode diubah, 2 nilai diubah",
        "",
      ].join("\n"),
    );
    const en = await run("diff", oldFile, newFile, "--lang", "en");
    expect(en.out).toMatch(/Target 2027: 30 → 32\.5/);
    expect(en.out).toMatch(/Re-coded: 1\.1\.1\.1 → 1\.1\.1\.9/);
    expect(en.out).toMatch(/Summary: 4 changes: 1 added, 1 re-coded, 2 values changed\n$/);
  });

  it("-o writes a copy of NEW with a Perubahan row per change, linked to its cell, workbook text kept as text", async () => {
    const out = path.join(dir, "perubahan.xlsx");
    const r = await run("diff", oldFile, newFile, "-o", out);
    expect(r.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      ...(await read(newFile)).sheets.map((s) => s.name),
      CHANGES_SHEET,
    ]);
    const ws = wb.getWorksheet(CHANGES_SHEET)!;
    const header = ws.getRow(4).values as unknown[];
    expect(header.slice(1)).toEqual([
      "No",
      "Jenis",
      "Level",
      "Kode",
      "Kode Lama",
      "Kolom",
      "Lama",
      "Baru",
      "Sel",
      "Sel Lama",
      "Perubahan",
    ]);
    const rows = [5, 6, 7, 8].map((n) => ws.getRow(n));
    expect(rows.map((row) => row.getCell(11).value)).toEqual([
      "Target 2026: 20 → 15",
      "Target 2027: 30 → 32,5",
      "Kode diubah: 1.1.1.1 → 1.1.1.9",
      'Ditambahkan: =HYPERLINK("x") — Jumlah alat bantu',
    ]);
    expect(ws.getRow(9).getCell(1).value ?? null).toBeNull();
    expect(rows[0]!.getCell(9).value).toMatchObject({ formula: 'HYPERLINK("#\'Program\'!K2","K2")' });
    expect(rows[2]!.getCell(10).value).toBe("Kegiatan!A2");
    expect([rows[1]!.getCell(7).value, rows[1]!.getCell(8).value]).toEqual([30, 32.5]);
  });

  it("exits 2 with one line when a file cannot be read or the arguments are wrong", async () => {
    const missing = await run("diff", oldFile, path.join(dir, "tidak-ada.xlsx"));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^pokin: Berkas '.*tidak-ada\.xlsx' tidak ditemukan\.\n$/);
    const notXlsx = path.join(dir, "x.xlsx");
    fs.writeFileSync(notXlsx, "bukan excel");
    expect((await run("diff", notXlsx, newFile, "--lang", "en")).err).toMatch(
      // The reader says why when it can (e.g. "(it is not a zip archive)").
      /^pokin: The file '.*x\.xlsx' is not an Excel \.xlsx file( \([^)]*\))?\.\n$/,
    );
    expect((await run("diff", oldFile)).code).toBe(2);
    expect((await run("diff", oldFile, newFile, "--format", "csv")).code).toBe(2);
  });

  it("takes - for no OLD file: every row is added", async () => {
    const r = await run("diff", "-", oldFile, "--format", "json");
    const changes = JSON.parse(r.out) as { kind: string }[];
    expect(r.code).toBe(1);
    expect(changes.length).toBe(6);
    expect(new Set(changes.map((c) => c.kind))).toEqual(new Set(["added"]));
  });
});
