// The engine alone (issue 15 §3): model + rules + capaian of 100,000 indicators ≤ 500 ms, on
// data read once (the reader is timed in the main bench). Fresh process; min and median of
// POKIN_BENCH_REPEAT runs; the load average is printed beside it, since on a shared machine
// only the quiet runs say what the engine costs; the CPU time (user + system) is printed too, as
// it is less hit by the other processes than the wall time. `POKIN_BENCH=engine npm run bench`.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFileSync } = require("node:child_process");
const { generate } = require("./generate");

const N = Number(process.env.POKIN_BENCH_ENGINE_N || 100000);
const REPEAT = Number(process.env.POKIN_BENCH_REPEAT || 7);

async function run() {
  const dir = path.join(os.tmpdir(), "pokin-bench");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `pokin-${N}.xlsx`);
  if (!fs.existsSync(file)) await generate(file, N);
  const out = execFileSync(process.execPath, [path.join(__dirname, "engineChild.js"), file, String(REPEAT)], {
    encoding: "utf8",
  });
  const { runs, findings } = JSON.parse(out.trim().split("\n").pop());
  const stat = (k) => {
    const xs = runs.map((r) => r[k]).sort((a, b) => a - b);
    return { min: Math.round(xs[0]), median: Math.round(xs[xs.length >> 1]) };
  };
  const row = {
    indicators: N,
    findings,
    modelMs: stat("modelMs"),
    rulesMs: stat("rulesMs"),
    capaianMs: stat("capaianMs"),
    engineMs: stat("engineMs"),
    cpuMs: stat("cpuMs"),
    loadAverage: os.loadavg().map((x) => +x.toFixed(1)),
  };
  const e = row.engineMs;
  console.log(
    `engine: ${N} indicators, model ${row.modelMs.min} + rules ${row.rulesMs.min} + capaian ${row.capaianMs.min} ms, ` +
      `total min ${e.min} ms / median ${e.median} ms (budget 500 ms: ${e.min <= 500 ? "within" : "OVER"}), ` +
      `CPU time min ${row.cpuMs.min} ms / median ${row.cpuMs.median} ms, ` +
      `load average ${row.loadAverage.join(" ")} on ${os.cpus().length} cores`,
  );
  return row;
}

module.exports = { run };
