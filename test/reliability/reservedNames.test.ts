import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadXlsx, workbookToData } from "../../src/adapters/xlsx/readWorkbook";
import { runBuild } from "../../src/cli/build";
import { runImport } from "../../src/cli/import";
import type { WorkbookData } from "../../src/core/sheet";
import { captureIo, writeWorkbook } from "../cli/cliFiles";
import { cleanWorkbook, LEVELS, settingsSheet } from "../helpers/workbook";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-reserved-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The clean workbook with levels renamed in Pengaturan and on their sheets. */
function renamed(names: Record<string, string>): WorkbookData {
  const wb = cleanWorkbook();
  return {
    sheets: wb.sheets.map((s) =>
      s.name === "Pengaturan"
        ? settingsSheet([
            ["Tahun Awal", 2025],
            ["Tahun Akhir", 2027],
            ...LEVELS.map((l, i): [string, unknown] => [`Level ${i + 1}`, names[l] ?? l]),
          ])
        : { ...s, name: names[s.name] ?? s.name },
    ),
  };
}

async function sheetsOf(file: string): Promise<WorkbookData> {
  return workbookToData(await loadXlsx(fs.readFileSync(file)));
}

describe("pokin build never writes over a level sheet (issue 8 §3)", () => {
  test("Level 3 = Cascading: build X -o X keeps the level's data, warns in one line, writes the other sheets, exits 1 (POKIN022)", async () => {
    const file = path.join(dir, "cascading.xlsx");
    await writeWorkbook(renamed({ Program: "Cascading" }), file);
    const before = (await sheetsOf(file)).sheets.find((s) => s.name === "Cascading");
    const cap = captureIo();
    const code = await runBuild([file, "-o", file, "--lang", "en", "--year", "2025"], cap.io);
    expect(code).toBe(1);
    expect(cap.err()).toBe(
      "pokin: warning: Sheet 'Cascading' was not written: it is a level sheet in Pengaturan, its data is left as it is. Rename that level.\n",
    );
    expect(cap.out()).toMatch(
      /^Wrote Pohon Kinerja, Capaian 2025, Hasil Pemeriksaan to '.*'\. The check found \d+ errors/,
    );
    const after = await sheetsOf(file);
    expect(after.sheets.find((s) => s.name === "Cascading")).toEqual(before);
    const report = after.sheets.find((s) => s.name === "Hasil Pemeriksaan")!;
    expect(JSON.stringify(report.values)).toContain("POKIN022");
  });

  test("every generated sheet taken by a level: nothing is written, exit 2 with one line naming them, the file unchanged", async () => {
    const file = path.join(dir, "all.xlsx");
    await writeWorkbook(
      renamed({
        "Tujuan RPD": "Pohon Kinerja",
        "Tujuan OPD": "Cascading",
        Program: "Capaian 2025",
        Kegiatan: "Hasil Pemeriksaan",
      }),
      file,
    );
    const bytes = fs.readFileSync(file);
    const cap = captureIo();
    const code = await runBuild([file, "-o", file, "--lang", "en", "--year", "2025"], cap.io);
    expect(code).toBe(2);
    expect(cap.err()).toBe(
      `pokin: Nothing was written to '${file}': every sheet a build makes is named like a level sheet in Pengaturan (Pohon Kinerja, Cascading, Capaian 2025, Hasil Pemeriksaan). Rename those levels.\n`,
    );
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});

describe("pokin import refuses a level sheet or one of Pokin's own as the source (issue 8 §6)", () => {
  test.each(["Program", "sub kegiatan", "Pengaturan", "Hasil Pemeriksaan"])(
    "import --sheet %s: exit 2 with one line, nothing written",
    async (sheet) => {
      const file = path.join(dir, "source.xlsx");
      await writeWorkbook(cleanWorkbook(), file);
      const out = path.join(dir, "imported.xlsx");
      const cap = captureIo();
      expect(await runImport([file, "--sheet", sheet, "-o", out, "--lang", "en"], cap.io)).toBe(2);
      expect(cap.err()).toBe(
        `pokin: Sheet '${sheet}' is a level sheet or one of Pokin's own sheets, not a template to import; paste the template into another sheet.\n`,
      );
      expect(fs.existsSync(out)).toBe(false);
    },
  );
});
