import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pokinSync, ROOT } from "../helpers/pokinBin";

const pokin = (...args: string[]) => pokinSync(args, { timeout: 50_000 });

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-bin-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("node bin/pokin.js", () => {
  it("writes control and bidi characters from the user's input as visible escapes, never raw to the terminal", () => {
    const file = path.join(dir, "laporan\u202Egpj.xlsx\u001b[31m");
    const r = pokin("check", file);
    expect(r.code).toBe(2);
    expect(r.err).toContain("laporan\\u202Egpj.xlsx\\u001B[31m");
    // eslint-disable-next-line no-control-regex -- the control characters must not be there
    expect(r.err).not.toMatch(/[\u001b\u202e\u0080-\u009f]/);
  });

  it("--version prints package.json's version, and --help loads no command, no core and no ExcelJS", () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      version: string;
    };
    expect(pokin("--version")).toEqual({ code: 0, signal: null, out: `pokin ${version}\n`, err: "" });
    // What Node loaded to print the help: the bundle's entry alone.
    const script = `const { main } = require(${JSON.stringify(path.join(ROOT, "dist", "cli", "pokin.js"))});
      main(["--help"], { stdout: { write() {} }, stderr: process.stderr }).then(() =>
        process.stdout.write(JSON.stringify(Object.keys(require.cache))));`;
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    const loaded = JSON.parse(r.stdout) as string[];
    expect(loaded.map((f) => path.relative(ROOT, f))).toEqual([path.join("dist", "cli", "pokin.js")]);
  });

  it("check of an ordinary workbook loads no ExcelJS (Pokin's own reader reads it)", () => {
    const file = path.join(dir, "ringan.xlsx");
    expect(pokin("init", file, "--sample").code).toBe(0);
    const script = `const { main } = require(${JSON.stringify(path.join(ROOT, "dist", "cli", "pokin.js"))});
      const quiet = { write() {} };
      main(["check", ${JSON.stringify(file)}], { stdout: quiet, stderr: quiet }).then(() =>
        process.stdout.write(JSON.stringify(Object.keys(require.cache))));`;
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    const loaded = JSON.parse(r.stdout) as string[];
    expect(loaded.some((f) => /exceljs/i.test(f))).toBe(false);
    expect(loaded.length).toBeGreaterThan(1);
  });

  it("init then check: the empty template has no finding and exits 0", () => {
    const file = path.join(dir, "kosong.xlsx");
    expect(pokin("init", file).code).toBe(0);
    const r = pokin("check", file, "--lang", "en");
    expect([r.code, r.out, r.err]).toEqual([
      0,
      "No findings: the performance tree is consistent.\nSummary: 0 errors, 0 warnings, 0 info\n",
      "",
    ]);
  });

  it("init --sample then check: exits 1 on the missing targets (POKIN011) with no structural error (POKIN001–007)", () => {
    const file = path.join(dir, "contoh.xlsx");
    expect(pokin("init", file, "--sample").code).toBe(0);
    const r = pokin("check", file, "--format", "json");
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.out) as {
      rule: string;
      severity: string;
      sheet: string;
      cell: string;
      kode?: string;
      message: string;
    }[];
    const rules = new Set(findings.map((f) => f.rule));
    expect(rules.has("POKIN011")).toBe(true);
    expect([...rules].filter((x) => /^POKIN00[1-7]$/.test(x))).toEqual([]);
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual(
        ["cell", "kode", "message", "rule", "severity", "sheet"].filter(
          (k) => k !== "kode" || f.kode !== undefined,
        ),
      );
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
    }
    const text = pokin("check", file, "--lang", "en");
    expect(text.code).toBe(1);
    // Grouped by rule, then one line per indicator with its cells (issue 11 §6).
    expect(text.out).toMatch(
      /\nERROR +POKIN011 +\d+ findings on \d+ indicators\n {2}Tujuan RPD!I2 +\[1\] Target /,
    );
    expect(text.out).toMatch(/\nSummary: \d+ errors, \d+ warnings?, 0 info\n$/);
  });

  const fake = (name: string, bytes: Uint8Array | string) => () => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, bytes);
    return p;
  };
  const ole = new Uint8Array(1024);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

  it.each([
    ["a missing file", () => path.join(dir, "tidak-ada.xlsx"), /tidak ditemukan/],
    ["an empty file", fake("kosong-0.xlsx", ""), /kosong/],
    ["a text file renamed .xlsx", fake("teks.xlsx", "Kode,Uraian\n1,Tujuan\n"), /bukan berkas Excel/],
    ["an encrypted (OLE) file", fake("rahasia.xlsx", ole), /terenkripsi atau format lama \.xls/],
  ])("check exits 2 on %s, with one line on stderr and no stack trace", (_what, make, reason) => {
    const r = pokin("check", make());
    expect([r.code, r.out]).toEqual([2, ""]);
    expect(r.err).toMatch(/^pokin: [^\n]+\n$/);
    expect(r.err).toMatch(reason);
    expect(r.err).not.toMatch(/^\s+at /m);
  });

  it("exits 2 with the usage for an unknown flag", () => {
    const r = pokin("check", "x.xlsx", "--verbose");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^pokin: .*--verbose/);
    expect(r.err).not.toMatch(/^\s+at /m);
  });
});
