import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generateWorkbook } from "../helpers/bigWorkbook";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin", "pokin.js");

/** Runs `node bin/pokin.js …` with stdout and stderr to pipes, read by a slow-enough consumer. */
function pokin(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ code, out: Buffer.concat(out).toString("utf8"), err: Buffer.concat(err).toString("utf8") }),
    );
  });
}

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
    const r = await pokin("check", big, "--format", "json");
    expect(r.code).toBe(1);
    expect(r.err).toBe("");
    expect(Buffer.byteLength(r.out)).toBeGreaterThan(1024 * 1024);
    const findings = JSON.parse(r.out) as { rule: string; cell: string }[];
    expect(findings.length).toBeGreaterThan(1000);
    for (const f of findings) expect(f.cell).toMatch(/^[A-Z]+\d+$/);
  }, 120000);

  it("ends the text report with its summary line, so `| tail` shows it", async () => {
    const r = await pokin("check", big);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/\nRingkasan: \d+ kesalahan, \d+ peringatan, 0 info\n$/);
  }, 120000);
});
