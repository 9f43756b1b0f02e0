import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadXlsx } from "../../src/adapters/xlsx/readWorkbook";
import { cleanWorkbook } from "../helpers/workbook";
import { writeWorkbook } from "../cli/cliFiles";
import { pokinAsync, pokinSync, POKIN_BIN, ROOT, type PokinRun } from "../helpers/pokinBin";

// Fault injection (issue 8 §1): `pokin build X -o X`, `pokin import X … -o X` and
// `pokin gabung A B -o X` (X an earlier Pemda workbook) interrupted while writing X — killed at
// an exact byte, killed by a timer, stopped by a file-size limit, stopped by a full disk — must
// leave X byte-identical, and the temp file they may leave must not confuse the next run (it is
// removed by it). A symlinked X is written through, keeping the file's permissions.

jest.setTimeout(300_000);

const HOOK = path.join(__dirname, "killAfterBytes.js");
const base = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-writes-"));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

function pokin(args: readonly string[], env: Record<string, string> = {}, preload = false): PokinRun {
  return pokinSync(args, { env, nodeArgs: preload ? ["-r", HOOK] : [] });
}

function temps(dir: string): string[] {
  return fs.readdirSync(dir).filter((n) => n.startsWith(".~pokin-"));
}

/** Two OPD workbooks for gabung: the sources, outside every folder that holds X. */
const OPD = [path.join(base, "opd-a.xlsx"), path.join(base, "opd-b.xlsx")] as const;

const COMMANDS = {
  build: { args: (f: string) => ["build", f, "-o", f], sheet: "Cascading" },
  import: { args: (f: string) => ["import", f, "--sheet", "Tempel", "-o", f], sheet: "Cadangan" },
  gabung: { args: (f: string) => ["gabung", ...OPD, "-o", f], sheet: "Rekap Perangkat Daerah" },
} as const;
type Command = keyof typeof COMMANDS;

const TEMPEL = [
  ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Satuan", "Target 2025"],
  ["1.06.04", "Program Rehabilitasi Sosial", "Persentase PPKS tertangani", "%", "75,5"],
  ["1.06.04.2.01", "Rehabilitasi Sosial Dasar", "Jumlah anak terlayani", "orang", 120],
];

/** The input of each command, its bytes, and how big and how long an uninterrupted run is. */
const inputs = new Map<string, { bytes: Buffer; outSize: number; ms: number }>();

beforeAll(async () => {
  const sample = path.join(base, "sample.xlsx");
  expect(pokin(["init", sample, "--sample"]).code).toBe(0);
  const pasted = path.join(base, "pasted.xlsx");
  const clean = cleanWorkbook();
  await writeWorkbook({ sheets: [...clean.sheets, { name: "Tempel", values: TEMPEL }] }, pasted);
  for (const opd of OPD) fs.copyFileSync(sample, opd);
  const pemda = path.join(base, "pemda.xlsx");
  expect(pokin(COMMANDS.gabung.args(pemda)).code).toBe(1);
  for (const [name, file] of [
    ["build", sample],
    ["import", pasted],
    ["gabung", pemda],
  ] as const) {
    const bytes = fs.readFileSync(file);
    const ref = path.join(base, `ref-${name}.xlsx`);
    fs.writeFileSync(ref, bytes);
    const t0 = Date.now();
    const r = pokin(COMMANDS[name].args(ref));
    expect([0, 1]).toContain(r.code);
    inputs.set(name, { bytes, outSize: fs.statSync(ref).size, ms: Date.now() - t0 });
  }
});

/** A fresh folder per command and scenario, holding the input as X. */
function workFile(cmd: string, scenario: string): string {
  const dir = path.join(base, `${cmd}-${scenario}`);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "pokin.xlsx");
  fs.writeFileSync(file, inputs.get(cmd)!.bytes);
  return file;
}

/** An uninterrupted run after the faults: it writes X, and no temp file is left. */
async function expectCleanRun(cmd: Command, file: string): Promise<void> {
  const r = pokin(COMMANDS[cmd].args(file));
  expect([0, 1]).toContain(r.code);
  expect(temps(path.dirname(file))).toEqual([]);
  expect(fs.readdirSync(path.dirname(file))).toEqual(["pokin.xlsx"]);
  const wb = await loadXlsx(fs.readFileSync(file));
  expect(wb.worksheets.some((ws) => ws.name.startsWith(COMMANDS[cmd].sheet))).toBe(true);
}

describe.each(["build", "import", "gabung"] as const)("pokin %s … -o X, interrupted", (cmd) => {
  test("SIGKILL at an exact byte of the write: X is byte-identical; the next run removes the temp file", async () => {
    const file = workFile(cmd, "bytes");
    const { bytes, outSize } = inputs.get(cmd)!;
    const points = [1, 1 + Math.floor(Math.random() * (outSize - 2)), outSize - 1];
    for (const n of points) {
      const r = pokin(COMMANDS[cmd].args(file), { POKIN_KILL_AFTER_BYTES: String(n) }, true);
      expect([n, r.signal]).toEqual([n, "SIGKILL"]);
      expect([n, fs.readFileSync(file).equals(bytes)]).toEqual([n, true]);
      // The killed run's own temp file is there; the one before it was removed by this run.
      const left = temps(path.dirname(file));
      expect([n, left.length]).toEqual([n, 1]);
      expect(fs.statSync(path.join(path.dirname(file), left[0]!)).size).toBe(n);
    }
    await expectCleanRun(cmd, file);
  });

  test("SIGKILL by a timer at several points of the run: X is the old file or the whole new one, never a broken one", async () => {
    const file = workFile(cmd, "timer");
    const { bytes, ms } = inputs.get(cmd)!;
    for (const f of [0.3, 0.7, 0.9, 1]) {
      fs.writeFileSync(file, bytes);
      const r = await pokinAsync(COMMANDS[cmd].args(file), Math.round(ms * f));
      const now = fs.readFileSync(file);
      if (!now.equals(bytes)) {
        // Only a run that got as far as the rename may have changed X, and then X is whole.
        const wb = await loadXlsx(now);
        expect([f, wb.worksheets.some((ws) => ws.name.startsWith(COMMANDS[cmd].sheet))]).toEqual([f, true]);
      }
      if (r.signal === null) expect([f, [0, 1].includes(r.code ?? -1)]).toEqual([f, true]);
      expect(temps(path.dirname(file)).length).toBeLessThanOrEqual(1);
    }
    await expectCleanRun(cmd, file);
  });

  test("ulimit -f (a file-size limit, SIGXFSZ): exit 2 with one line, X byte-identical, no temp file", async () => {
    const file = workFile(cmd, "ulimit");
    const { bytes, outSize } = inputs.get(cmd)!;
    const blocks = Math.max(1, Math.floor(outSize / 1024 / 2));
    const argv = [POKIN_BIN, ...COMMANDS[cmd].args(file)].map((a) => `'${a}'`).join(" ");
    const r = spawnSync("bash", ["-c", `ulimit -f ${blocks}; exec '${process.execPath}' ${argv}`], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^pokin: .*'.*pokin\.xlsx'.*\(EFBIG[^\n]*\)\.\n$/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(temps(path.dirname(file))).toEqual([]);
    await expectCleanRun(cmd, file);
  });

  test("a full disk (tmpfs with room for X but not for the new file): exit 2 with one line, X byte-identical, no temp file", async () => {
    const { bytes, outSize } = inputs.get(cmd)!;
    const mnt = path.join(base, `${cmd}-tmpfs`);
    fs.mkdirSync(mnt);
    const size = Math.ceil((bytes.length + outSize / 2) / 4096) * 4096;
    const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", mnt], {
      encoding: "utf8",
    });
    if (mounted.status !== 0) {
      console.warn(
        `skipped: cannot mount a tmpfs here (${(mounted.stderr || String(mounted.error)).trim()})`,
      );
      return;
    }
    try {
      const file = path.join(mnt, "pokin.xlsx");
      fs.writeFileSync(file, bytes);
      const r = pokin(COMMANDS[cmd].args(file));
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^pokin: .*'.*pokin\.xlsx'.*\(ENOSPC[^\n]*\)\.\n$/);
      expect(fs.readFileSync(file).equals(bytes)).toBe(true);
      expect(fs.readdirSync(mnt)).toEqual(["pokin.xlsx"]);
    } finally {
      spawnSync("umount", [mnt]);
    }
  });
});

describe.each(["build", "import", "gabung"] as const)("pokin %s … -o X, X a symlink", (cmd) => {
  test("the file behind the link is replaced whole and keeps its permissions; the link stays a link", async () => {
    const dir = path.dirname(workFile(cmd, "symlink"));
    const real = path.join(dir, "pokin.xlsx");
    // gabung writes the same Pemda workbook again: start it from an OPD file to see it replaced.
    if (cmd === "gabung") fs.copyFileSync(OPD[0], real);
    const before = fs.readFileSync(real);
    fs.chmodSync(real, 0o640);
    const link = path.join(dir, "link.xlsx");
    fs.symlinkSync("pokin.xlsx", link);
    const r = pokin(COMMANDS[cmd].args(link));
    expect([0, 1]).toContain(r.code);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.statSync(real).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(dir).sort()).toEqual(["link.xlsx", "pokin.xlsx"]);
    const now = fs.readFileSync(real);
    expect(now.equals(before)).toBe(false);
    const wb = await loadXlsx(now);
    expect(wb.worksheets.some((ws) => ws.name.startsWith(COMMANDS[cmd].sheet))).toBe(true);
  });
});
