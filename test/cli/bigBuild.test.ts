import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { generateWorkbook } from "../helpers/bigWorkbook";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin", "pokin.js");

function pokin(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (b: Buffer) => (out += b.toString("utf8")));
    child.stderr.on("data", (b: Buffer) => (err += b.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out, err }));
  });
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-bigbuild-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// 5,000 indicators need ~20,000 columns top-down: more than Excel's 16,384 (issue 11 §2); the
// held-back checks build 20,000.
test.each([5000, 20000])(
  "pokin build on a %i-indicator tree too wide for Excel writes all four sheets and says how the diagram adapted",
  async (indicators) => {
    const file = path.join(dir, `lebar-${indicators}.xlsx`);
    const out = path.join(dir, `hasil-${indicators}.xlsx`);
    await generateWorkbook(file, indicators);
    const r = await pokin("build", file, "-o", out);
    expect(r.code === 0 || r.code === 1).toBe(true);
    expect(r.err).not.toMatch(/out of bounds|^\s+at /m);
    const said =
      /^pokin: peringatan: Pohon Kinerja: (Pohon ini terlalu lebar untuk lembar Excel[^\n]*)$/m.exec(r.err);
    expect(said).not.toBeNull();
    expect(r.out).toMatch(/^Pohon Kinerja, Cascading, Capaian \d{4}, Hasil Pemeriksaan ditulis ke /);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Pohon Kinerja", "Cascading", "Hasil Pemeriksaan"]));
    expect(names.some((n) => /^Capaian \d{4}$/.test(n))).toBe(true);
    const diagram = wb.getWorksheet("Pohon Kinerja")!;
    // The sheet says what stderr said, under the title.
    expect(diagram.getCell("A3").value).toBe(said![1]);
    expect(diagram.columnCount).toBeLessThanOrEqual(16384);
    expect(wb.getWorksheet("Cascading")!.rowCount).toBeGreaterThan(indicators / 5);
  },
  1_800_000,
);
