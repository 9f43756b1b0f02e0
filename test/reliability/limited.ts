import { spawnSync } from "node:child_process";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin", "pokin.js");
/** CPU seconds a hostile file may cost one command. */
export const LIMIT_S = 10;

/** What one limited run of pokin gave. */
export interface LimitedRun {
  readonly code: number | null;
  readonly signal: string | null;
  readonly out: string;
  readonly err: string;
}

/**
 * Runs pokin with 10 s of CPU time (`ulimit -t`: SIGXCPU/SIGKILL past it — CPU time, so a
 * loaded machine does not fail it) and 1 GB of heap; a wall-clock guard catches a hang.
 * @example limited(["check", "x.xlsx"]).code // 0, 1 or 2
 */
export function limited(args: readonly string[]): LimitedRun {
  const argv = ["--max-old-space-size=1024", BIN, ...args].map((a) => `'${a}'`).join(" ");
  const r = spawnSync("bash", ["-c", `ulimit -t ${LIMIT_S}; exec '${process.execPath}' ${argv}`], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
    killSignal: "SIGKILL",
    maxBuffer: 64 << 20,
  });
  return { code: r.status, signal: r.signal, out: r.stdout ?? "", err: r.stderr ?? "" };
}

/**
 * Asserts how a hostile run ended: by itself, exit 0/1/2, no stack trace, every stderr line one
 * `pokin: …` sentence, and exactly one line (besides warnings) when it exits 2.
 */
export function expectClean(r: LimitedRun): void {
  expect(r.signal).toBeNull();
  expect([0, 1, 2]).toContain(r.code);
  expect(r.err).not.toMatch(/^\s+at /m);
  const lines = r.err.split("\n").filter((l) => l !== "");
  for (const l of lines) expect(l).toMatch(/^pokin: /);
  if (r.code === 2) expect(lines.filter((l) => !/^pokin: (warning|peringatan): /.test(l))).toHaveLength(1);
}
