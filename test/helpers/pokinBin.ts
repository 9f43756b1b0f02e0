/**
 * Running the CLI in tests, one way each: `node bin/pokin.js …` as a user would (jest's
 * globalSetup has built dist/), synchronously or with pipes read as the output comes, and
 * `main(argv, io)` in this process with the output captured.
 */
import { spawn, spawnSync } from "node:child_process";
import * as path from "node:path";

/** The repository's root (the CLI runs with it as its working folder). */
export const ROOT = path.resolve(__dirname, "../..");
/** The `pokin` command users run. */
export const POKIN_BIN = path.join(ROOT, "bin", "pokin.js");

/** How a spawned run of pokin ended, and what it wrote. */
export interface PokinRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly out: string;
  readonly err: string;
}

/** Options of {@link pokinSync}. */
export interface PokinSyncOptions {
  /** Added to this process's environment. */
  readonly env?: Readonly<Record<string, string>>;
  /** Options for node before the script (`-r hook.js`, `--max-old-space-size=…`). */
  readonly nodeArgs?: readonly string[];
  /** Milliseconds before the child is killed (default 120 s). */
  readonly timeout?: number;
  /** CPU seconds the child may use (`ulimit -t`: SIGXCPU, then SIGKILL, past it). */
  readonly cpuSeconds?: number;
}

/**
 * Runs `node bin/pokin.js …` and waits for it.
 * @example expect(pokinSync(["check", file]).code).toBe(1);
 */
export function pokinSync(args: readonly string[], options: PokinSyncOptions = {}): PokinRun {
  const argv = [process.execPath, ...(options.nodeArgs ?? []), POKIN_BIN, ...args];
  // Under a CPU limit, bash sets it and then becomes node (the arguments passed unquoted).
  const [command, ...rest] =
    options.cpuSeconds === undefined
      ? argv
      : ["bash", "-c", `ulimit -t ${options.cpuSeconds}; exec "$@"`, "-", ...argv];
  const r = spawnSync(command!, rest, {
    cwd: ROOT,
    encoding: "utf8",
    timeout: options.timeout ?? 120_000,
    killSignal: "SIGKILL",
    maxBuffer: 64 << 20,
    env: { ...process.env, ...options.env },
  });
  return { code: r.status, signal: r.signal, out: r.stdout ?? "", err: r.stderr ?? "" };
}

/**
 * Runs `node bin/pokin.js …` with stdout and stderr to pipes read as the output comes (the
 * event loop stays free: a test can time or kill the child).
 * @param killAfterMs SIGKILLs the child after this many milliseconds if it is still running
 * @example const r = await pokinAsync(["build", f, "-o", f], 500); r.signal // "SIGKILL" or null
 */
export function pokinAsync(args: readonly string[], killAfterMs?: number): Promise<PokinRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [POKIN_BIN, ...args], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    const timer =
      killAfterMs === undefined ? undefined : setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const text = (bs: Buffer[]) => Buffer.concat(bs).toString("utf8");
      resolve({ code, signal, out: text(out), err: text(err) });
    });
  });
}

/**
 * Runs the CLI's `main(argv, io)` in this process, its output captured (no build needed; the
 * CLI is loaded on the first call).
 * @example const r = await pokinInProcess("check", file, "--format", "json"); JSON.parse(r.out)
 */
export async function pokinInProcess(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const { main } = await import("../../src/cli/main");
  let out = "";
  let err = "";
  const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } };
  const code = await main(argv, io);
  return { code, out, err };
}
