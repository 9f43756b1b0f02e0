import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { inflateRawSync } from "node:zlib";
import { isRefusal, readXlsxBytes } from "../../src/adapters/xlsx/reader";
import { MAX_COLS } from "../../src/adapters/xlsx/reader/limits";
import { generateWorkbook } from "../helpers/bigWorkbook";
import { pokinAsync } from "../helpers/pokinBin";

const pokin = (...args: string[]) => pokinAsync(args);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-bigbuild-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// 5,000 indicators need ~20,000 columns top-down: more than Excel's 16,384 (issue 11 §2); the
// held-back checks build 20,000. The output is read back with Pokin's own reader (seconds, where
// ExcelJS took 10 minutes and 2 GB on the 20,000 case): it refuses any cell beyond column XFD.
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
    const inflate = (data: Uint8Array, size: number) =>
      inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
    const wb = readXlsxBytes(fs.readFileSync(out), { inflate });
    // A refusal (a cell past XFD or past row 1,048,576, a damaged part) fails here, with its reason.
    if (isRefusal(wb)) throw new Error(`Pokin's reader refused the output: ${wb.message.en}`);
    const names = wb.sheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Pohon Kinerja", "Cascading", "Hasil Pemeriksaan"]));
    expect(names.some((n) => /^Capaian \d{4}$/.test(n))).toBe(true);
    const sheet = (name: string) => wb.sheets.find((w) => w.name === name)!;
    const diagram = sheet("Pohon Kinerja");
    // The sheet says what stderr said, under the title.
    expect(diagram.values[2]?.[0]).toBe(said![1]);
    expect(diagram.values.reduce((n, row) => Math.max(n, row.length), 0)).toBeLessThanOrEqual(MAX_COLS);
    // Rows up to the last value (ExcelJS's rowCount also counted trailing styled rows).
    expect(sheet("Cascading").values.length).toBeGreaterThan(indicators / 5);
  },
  1_800_000,
);
