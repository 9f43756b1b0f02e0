import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generateWorkbook } from "../helpers/bigWorkbook";
import { pokinAsync } from "../helpers/pokinBin";

let dir: string;
let big: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-pipe-"));
  big = path.join(dir, "besar.xlsx");
  await generateWorkbook(big, 20000);
}, 120000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("pokin check on a pipe (issue 11 §1)", () => {
  it("writes the whole JSON report of a 20,000-indicator workbook, far beyond a pipe's 64 KiB", async () => {
    const r = await pokinAsync(["check", big, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(r.err).toBe("");
    expect(Buffer.byteLength(r.out)).toBeGreaterThan(1024 * 1024);
    const findings = JSON.parse(r.out) as { rule: string; cell: string }[];
    expect(findings.length).toBeGreaterThan(1000);
    for (const f of findings) expect(f.cell).toMatch(/^[A-Z]+\d+$/);
  }, 120000);

  it("ends the text report with its summary line, so `| tail` shows it", async () => {
    const r = await pokinAsync(["check", big]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/\nRingkasan: \d+ kesalahan, \d+ peringatan, 0 info\n$/);
  }, 120000);
});
