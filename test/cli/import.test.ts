import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isReadFailure, readXlsxFile } from "../../src/adapters/xlsx/readFile";
import { runImport } from "../../src/cli/import";
import type { WorkbookData } from "../../src/core/sheet";
import { cleanWorkbook } from "../helpers/workbook";
import { captureIo, writeWorkbook } from "./cliFiles";
import { maskStamps } from "../helpers/stamps";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-import-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const TEMPLATE = [
  ["RENJA DINAS SOSIAL TAHUN 2025"],
  [],
  ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Satuan", "Target 2025", "Pagu (Rp)"],
  ["1.06.04", "Program Rehabilitasi Sosial", "Persentase PPKS tertangani", "%", "75,5", 1000],
  ["1.06.04.2.01", "Rehabilitasi Sosial Dasar", "Jumlah anak terlayani", "orang", 120, 1000],
  [
    "1.06.04.2.01.0001",
    "Penyediaan Permakanan",
    "Jumlah orang yang mendapatkan permakanan",
    "orang",
    "1.200",
    1000,
  ],
  [],
  ["", "Kepala Dinas"],
];

async function workbookFile(name: string, data: WorkbookData): Promise<string> {
  const file = path.join(dir, name);
  await writeWorkbook(data, file);
  return file;
}

async function read(file: string): Promise<WorkbookData> {
  const data = await readXlsxFile(file);
  if (isReadFailure(data)) throw new Error(data.message.en);
  return data;
}

describe("runImport(FILE.xlsx --sheet NAME -o OUT.xlsx)", () => {
  test("prints the mapping, backs up and merges the level sheets, writes OUT and prints the check summary", async () => {
    const base = cleanWorkbook();
    const file = await workbookFile("in.xlsx", {
      sheets: [...base.sheets, { name: "Tempel", values: TEMPLATE }],
    });
    const out = path.join(dir, "out.xlsx");
    const cap = captureIo();
    const code = await runImport([file, "--sheet", "Tempel", "-o", out, "--lang", "en"], cap.io);
    expect(cap.err()).toBe("");
    expect(code).toBe(1);
    expect(cap.out()).toContain(
      "column E: 'Target 2025' → Target 2025 (the header says '2025'; year 2025 in the header)",
    );
    expect(cap.out()).toContain("column F: 'Pagu (Rp)' → skipped: budget/Rp, not a target");
    expect(cap.out()).toContain("row 8: a signature block");
    expect(cap.out()).toMatch(/Summary: \d+ errors?, \d+ warnings?, 0 info\n$/);
    const result = await read(out);
    const names = result.sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith("Cadangan")).map((n) => maskStamps(n, "…"))).toEqual([
      "Cadangan Program …",
      "Cadangan Kegiatan …",
      "Cadangan Sub Kegi …",
    ]);
    const sub = result.sheets.find((s) => s.name === "Sub Kegiatan")!;
    // The two sub kegiatan of the clean workbook stay and the imported one is appended. Its
    // position Kode 1.1.1 is the Program's Kode in this workbook, so new Kodes start with 'I'.
    expect(sub.values.length).toBe(4);
    const added = sub.values[3]!;
    expect(added.slice(0, 2)).toEqual(["I1.1.1", "I1.1"]);
    expect(added.slice(2, 5)).toEqual([
      "Penyediaan Permakanan",
      "Jumlah orang yang mendapatkan permakanan",
      "orang",
    ]);
    expect(added).toContain(1200);
    expect(added).toContain("Impor: 'Tempel'!C6");
  });

  test("copies a Kepmendagri list into 'Referensi Nomenklatur' with --reference", async () => {
    const file = await workbookFile("in2.xlsx", { sheets: [{ name: "Tempel", values: TEMPLATE }] });
    const ref = await workbookFile("ref.xlsx", {
      sheets: [
        {
          name: "subkeg",
          values: [
            [
              "URUSAN",
              "BIDANG URUSAN",
              "PROGRAM",
              "KEGIATAN",
              "SUB KEGIATAN",
              "NOMENKLATUR URUSAN",
              "SATUAN",
            ],
            [1, 6, 4, "2.01", 1, "Penyediaan Permakanan", "Orang"],
          ],
        },
      ],
    });
    const out = path.join(dir, "out2.xlsx");
    const cap = captureIo();
    await runImport([file, "--sheet", "Tempel", "-o", out, "--reference", ref], cap.io);
    expect(cap.out()).toContain("Referensi Nomenklatur: 1 kode disalin.");
    const result = await read(out);
    expect(result.sheets.find((s) => s.name === "Referensi Nomenklatur")?.values[1]?.[5]).toBe(
      "Penyediaan Permakanan",
    );
    expect(result.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["Pengaturan", "Program", "Kegiatan", "Sub Kegiatan"]),
    );
  });

  test("applies --map and refuses what it cannot read with exit 2 and one line", async () => {
    const file = await workbookFile("in3.xlsx", { sheets: [{ name: "Tempel", values: TEMPLATE }] });
    const ok = captureIo();
    await runImport(
      [file, "--sheet", "Tempel", "-o", path.join(dir, "o3.xlsx"), "--map", "E=Target 2026"],
      ok.io,
    );
    expect(ok.out()).toContain("kolom E → Target 2026 (ditetapkan pengguna)");
    const bad = captureIo();
    expect(
      await runImport([file, "--sheet", "Tempel", "-o", path.join(dir, "o4.xlsx"), "--map", "E=Apa"], bad.io),
    ).toBe(2);
    expect(bad.err()).toBe("pokin: 'E=Apa' tidak dapat dibaca (contoh: F=Target 2025)\n");
    const missing = captureIo();
    expect(
      await runImport(
        [file, "--sheet", "Tidak Ada", "-o", path.join(dir, "o5.xlsx"), "--lang", "en"],
        missing.io,
      ),
    ).toBe(2);
    expect(missing.err()).toBe("pokin: There is no sheet 'Tidak Ada'.\n");
    const args = captureIo();
    expect(await runImport([file], args.io)).toBe(2);
    expect(args.err()).toMatch(/^pokin: sebutkan satu berkas \.xlsx, --sheet NAMA dan -o OUT\.xlsx/);
    expect(fs.existsSync(path.join(dir, "o4.xlsx"))).toBe(false);
  });
});
