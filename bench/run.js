// npm run bench: the engine's numbers for SPEC §9, measured in one run on this machine.
// For each size: bare ExcelJS load, full `pokin check` (read + engine) and their ratio
// (budget ≤ 1.5), the engine alone, and peak memory. Then the other benches that exist.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFileSync } = require("node:child_process");
const { generate } = require("./generate");

const SIZES = (process.env.POKIN_BENCH_SIZES || "1000,10000,100000").split(",").map(Number);
const REPEAT = Number(process.env.POKIN_BENCH_REPEAT || 3);

function child(mode, file) {
  const out = execFileSync(
    process.execPath,
    ["--max-old-space-size=16384", path.join(__dirname, "child.js"), mode, file],
    {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(out.trim().split("\n").pop());
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function engineBench(dir) {
  const rows = [];
  for (const n of SIZES) {
    const file = path.join(dir, `pokin-${n}.xlsx`);
    if (!fs.existsSync(file)) await generate(file, n);
    const loads = [];
    const checks = [];
    // Alternate the two so machine noise hits both alike; the median of each is compared.
    for (let i = 0; i < REPEAT; i++) {
      loads.push(child("load", file));
      checks.push(child("check", file));
    }
    const load = median(loads.map((r) => r.ms));
    const check = median(checks.map((r) => r.ms));
    const last = checks[checks.length - 1];
    rows.push({
      indicators: n,
      fileMiB: +(fs.statSync(file).size / 2 ** 20).toFixed(1),
      loadMs: Math.round(load),
      checkMs: Math.round(check),
      ratio: +(check / load).toFixed(2),
      readMs: Math.round(median(checks.map((r) => r.readMs))),
      engineMs: Math.round(median(checks.map((r) => r.engineMs))),
      findings: last.findings,
      loadMaxRssMiB: Math.max(...loads.map((r) => r.maxRssMiB)),
      checkMaxRssMiB: Math.max(...checks.map((r) => r.maxRssMiB)),
    });
    const row = rows[rows.length - 1];
    row.memRatio = +(row.checkMaxRssMiB / row.loadMaxRssMiB).toFixed(2);
    row.loadAverage = +os.loadavg()[0].toFixed(1);
    console.log(JSON.stringify(row));
    // Issue 15 §4: pokin check (Pokin's reader + engine) ≤ 0.5 × ExcelJS's bare load, time and memory.
    const within = (r) => (r <= 0.5 ? "within" : "OVER");
    console.log(
      `${n} indicators: pokin check ${row.checkMs} ms vs ExcelJS load ${row.loadMs} ms (${row.ratio}×, ` +
        `budget 0.5: ${within(row.ratio)}); peak memory ${row.checkMaxRssMiB} vs ${row.loadMaxRssMiB} MiB ` +
        `(${row.memRatio}×, budget 0.5: ${within(row.memRatio)}); load average ${row.loadAverage}`,
    );
  }
  return rows;
}

async function main() {
  // POKIN_BENCH=live (or start, layout, …) runs that part alone.
  const only = process.env.POKIN_BENCH;
  if (only) {
    const file = path.join(__dirname, `${only}.js`);
    if (!fs.existsSync(file)) throw new Error(`POKIN_BENCH=${only}: no bench/${only}.js`);
    await require(file).run();
    return;
  }
  const dir = path.join(os.tmpdir(), "pokin-bench");
  fs.mkdirSync(dir, { recursive: true });
  const results = {
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version },
    date: new Date().toISOString(),
  };
  console.log(`pokin bench: ${SIZES.join(", ")} indicators, median of ${REPEAT} (budget: check/load ≤ 1.5)`);
  results.engine = await engineBench(dir);
  console.table(results.engine);
  for (const extra of [
    "start.js",
    "live.js",
    "diff.js",
    "pemda.js",
    "layout.js",
    "pane.js",
    "office.js",
    "build.js",
    "engine.js",
  ]) {
    const file = path.join(__dirname, extra);
    if (!fs.existsSync(file)) continue;
    const mod = require(file);
    if (typeof mod.run === "function") results[extra.replace(/\.js$/, "")] = await mod.run();
  }
  fs.mkdirSync(path.join(__dirname, "results"), { recursive: true });
  fs.writeFileSync(path.join(__dirname, "results", "bench.json"), JSON.stringify(results, null, 2));
  const worst = Math.max(...results.engine.map((r) => r.ratio));
  console.log(`worst check/load ratio: ${worst} (${worst <= 1.5 ? "within" : "OVER"} the 1.5 budget)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
