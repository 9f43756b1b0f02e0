import { pokinSync, type PokinRun } from "../helpers/pokinBin";

/** CPU seconds a hostile file may cost one command. */
export const LIMIT_S = 10;

/** What one limited run of pokin gave. */
export type LimitedRun = PokinRun;

/**
 * Runs pokin with 10 s of CPU time (`ulimit -t`: SIGXCPU/SIGKILL past it — CPU time, so a
 * loaded machine does not fail it) and 1 GB of heap; a wall-clock guard catches a hang.
 * @example limited(["check", "x.xlsx"]).code // 0, 1 or 2
 */
export function limited(args: readonly string[]): LimitedRun {
  return pokinSync(args, { nodeArgs: ["--max-old-space-size=1024"], cpuSeconds: LIMIT_S });
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
