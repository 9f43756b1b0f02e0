import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { HOSTILE } from "./hostileFiles";

// The hostile-file corpus (issue 8 §5): each small crafted file goes through pokin build,
// import and check in a child process limited to 1 GB of heap and 10 s of CPU time. Each run must end by
// itself with exit 0, 1 or 2, no stack trace, every stderr line one `pokin: …` sentence, and
// exactly one line when it exits 2.

jest.setTimeout(600_000);

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin", "pokin.js");
const LIMIT_S = 10;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-hostile-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * Runs pokin with 10 s of CPU time (`ulimit -t`: SIGXCPU/SIGKILL past it — CPU time, so a
 * loaded machine does not fail it) and 1 GB of heap; a wall-clock guard catches a hang.
 */
function limited(args: readonly string[]): { code: number | null; signal: string | null; err: string } {
  const argv = ["--max-old-space-size=1024", BIN, ...args].map((a) => `'${a}'`).join(" ");
  const r = spawnSync("bash", ["-c", `ulimit -t ${LIMIT_S}; exec '${process.execPath}' ${argv}`], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
    killSignal: "SIGKILL",
  });
  return { code: r.status, signal: r.signal, err: r.stderr ?? "" };
}

describe.each(Object.keys(HOSTILE))("hostile file: %s", (name) => {
  let file: string;
  beforeAll(async () => {
    file = path.join(dir, `${name.replace(/[^a-z0-9]+/gi, "-")}.xlsx`);
    fs.writeFileSync(file, await HOSTILE[name]!());
  });

  test.each([
    ["build", (f: string) => ["build", f, "-o", `${f}.out.xlsx`]],
    ["import", (f: string) => ["import", f, "--sheet", "Tempel", "-o", `${f}.imp.xlsx`]],
    ["check", (f: string) => ["check", f]],
  ] as const)("pokin %s ends within 10 s and 1 GB with exit 0/1/2 and one-line messages", (_cmd, args) => {
    const r = limited(args(file));
    expect(r.signal).toBeNull();
    expect([0, 1, 2]).toContain(r.code);
    expect(r.err).not.toMatch(/^\s+at /m);
    const lines = r.err.split("\n").filter((l) => l !== "");
    for (const l of lines) expect(l).toMatch(/^pokin: /);
    if (r.code === 2) expect(lines.filter((l) => !/^pokin: (warning|peringatan): /.test(l))).toHaveLength(1);
  });
});
