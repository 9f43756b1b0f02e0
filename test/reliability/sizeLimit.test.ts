import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { isReadFailure, readXlsxFile } from "../../src/adapters/xlsx/readFile";
import { maxInflatedBytes } from "../../src/adapters/xlsx/sizeLimit";
import { loadForWriting } from "../../src/cli/workbookFile";
import { captureIo } from "../cli/cliFiles";

// One size limit (POKIN_MAX_INFLATED_MB) for both ways a file is read: Pokin's reader (check,
// and the first read of build/import) and the full ExcelJS load (build/import writing back).

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-limit-"));
const file = path.join(dir, "besar.xlsx");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Program").addRow(["x".repeat(600_000)]); // ~0.6 MB inflated, a few KB zipped
  await wb.xlsx.writeFile(file);
});

async function bothPaths(env: Record<string, string>): Promise<{ reader: string; full: string }> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const read = await readXlsxFile(file);
    const { io, err } = captureIo();
    const loaded = await loadForWriting(file, io, "en");
    return {
      reader: isReadFailure(read) ? `${read.failure}: ${read.message.en}` : "read",
      full: typeof loaded === "number" ? `${loaded}: ${err()}` : "loaded",
    };
  } finally {
    for (const k of Object.keys(env)) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  }
}

describe("POKIN_MAX_INFLATED_MB", () => {
  it("refuses the file on the reader's path and on the full load's path alike", async () => {
    const r = await bothPaths({ POKIN_MAX_INFLATED_MB: "0.5" });
    expect(r.reader).toMatch(/^too-large: .*POKIN_MAX_INFLATED_MB/);
    expect(r.full).toMatch(/^2: pokin: .*more than 1 MB once unzipped.*POKIN_MAX_INFLATED_MB/);
    expect(r.full.trim().split("\n")).toHaveLength(1);
  });

  it("reads the same file on both paths under the default limit", async () => {
    expect(await bothPaths({})).toEqual({ reader: "read", full: "loaded" });
  });

  it("still honours the older name POKIN_MAX_XLSX_MB, the documented name winning", async () => {
    const old = await bothPaths({ POKIN_MAX_XLSX_MB: "0.5" });
    expect(old.reader).toMatch(/^too-large/);
    expect(old.full).toMatch(/^2: /);
    expect(maxInflatedBytes({ POKIN_MAX_INFLATED_MB: "3", POKIN_MAX_XLSX_MB: "1" })).toBe(3 * 2 ** 20);
    expect(maxInflatedBytes({})).toBe(200 * 2 ** 20);
    expect(maxInflatedBytes({ POKIN_MAX_INFLATED_MB: "nol" })).toBe(200 * 2 ** 20);
  });
});
