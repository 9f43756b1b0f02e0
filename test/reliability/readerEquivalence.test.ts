import { spawn, type ChildProcess } from "node:child_process";
import fc from "fast-check";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { isRefusal, readXlsxBytes } from "../../src/adapters/xlsx/reader";
import type { WorkbookData } from "../../src/core/sheet";
import { convertWithLibreOffice, hasSoffice } from "../helpers/libreOffice";
import { exceljsReference } from "../adapters/xlsx/reader/exceljsReference";
import { workbookArb, writeRandom } from "../adapters/xlsx/reader/randomWorkbook";
import { reorder } from "../adapters/xlsx/reader/zipParts";

jest.setTimeout(300_000);
const RUNS = process.env.CI ? 500 : 150;

function read(bytes: Uint8Array): WorkbookData {
  const out = readXlsxBytes(bytes);
  if (isRefusal(out)) throw new Error(`refused: ${out.refused} ${out.message.en}`);
  return out;
}

describe("Pokin's reader equals ExcelJS's full reader", () => {
  it(`on ${RUNS} random workbooks written by ExcelJS, and on the same zips with workbook.xml last`, async () => {
    await fc.assert(
      fc.asyncProperty(workbookArb, async (spec) => {
        const bytes = await writeRandom(spec);
        const expected = await exceljsReference(bytes);
        expect(read(bytes)).toEqual(expected);
        expect(read(reorder(bytes, "workbook-last"))).toEqual(expected);
      }),
      { numRuns: RUNS, seed: 20261129 },
    );
  });
});

if (!hasSoffice)
  console.warn(
    "[skip] soffice (LibreOffice) is not installed: the LibreOffice-saved reader tests are skipped.",
  );
(hasSoffice ? describe : describe.skip)(
  "on files saved by LibreOffice and reordered zips, under CPU load",
  () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-reader-lo-"));
    let busy: ChildProcess | undefined;
    const files: { name: string; bytes: Uint8Array }[] = [];

    beforeAll(async () => {
      const specs = fc.sample(workbookArb, { numRuns: 30, seed: 42 });
      fs.mkdirSync(path.join(dir, "in"));
      const inputs: string[] = [];
      for (const [i, spec] of specs.entries()) {
        const file = path.join(dir, "in", `acak-${i}.xlsx`);
        fs.writeFileSync(file, await writeRandom(spec));
        inputs.push(file);
      }
      // One soffice call for the whole batch, in a private profile.
      convertWithLibreOffice(dir, inputs, { to: "xlsx", outdir: path.join(dir, "out"), timeout: 240_000 });
      for (const f of fs.readdirSync(path.join(dir, "out")).sort()) {
        const bytes = new Uint8Array(fs.readFileSync(path.join(dir, "out", f)));
        files.push(
          { name: `LibreOffice ${f}`, bytes },
          { name: `openpyxl-order ${f}`, bytes: reorder(bytes, "workbook-last") },
        );
      }
      // The load stops by itself when this test's process is gone (jest stopped) or after 10 min.
      const spin =
        "const p = process.ppid, end = Date.now() + 600000; let i = 0;" +
        "for (;;) if ((++i & 0xfffff) === 0 && (process.ppid !== p || Date.now() > end)) break;";
      busy = spawn(process.execPath, ["-e", spin], { stdio: "ignore" });
    });
    afterAll(() => {
      busy?.kill("SIGKILL");
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it("converts all 30 workbooks", () => {
      expect(files).toHaveLength(60);
    });

    it("reads each LibreOffice-saved file as ExcelJS's full reader does", async () => {
      for (const f of files.filter((x) => x.name.startsWith("LibreOffice"))) {
        expect({ f: f.name, data: read(f.bytes) }).toEqual({
          f: f.name,
          data: await exceljsReference(f.bytes),
        });
      }
    });

    it("gives the identical answer 50 times for every file while another process loads the CPU", () => {
      for (const f of files) {
        const first = JSON.stringify(read(f.bytes));
        for (let i = 1; i < 50; i++) expect(JSON.stringify(read(f.bytes))).toBe(first);
      }
    });
  },
);
