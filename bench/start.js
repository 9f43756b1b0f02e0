// Cold start of the command line (issue 15): `pokin --help` and `pokin check` of the sample,
// as ratios to a bare `node -e 0` measured in the same run. Budgets: help ≤ 2×, check ≤ 3×.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFileSync, spawnSync } = require("node:child_process");

const RUNS = Number(process.env.POKIN_BENCH_START_RUNS || 15);
const BIN = path.join(__dirname, "..", "bin", "pokin.js");

function timeOnce(args) {
  const t0 = process.hrtime.bigint();
  spawnSync(process.execPath, args, { stdio: "ignore" });
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function run() {
  const sample = path.join(os.tmpdir(), "pokin-bench", "start-sample.xlsx");
  fs.mkdirSync(path.dirname(sample), { recursive: true });
  execFileSync(process.execPath, [BIN, "init", sample, "--sample", "--force"], { stdio: "ignore" });
  const cases = { node: ["-e", "0"], help: [BIN, "--help"], check: [BIN, "check", sample] };
  const times = { node: [], help: [], check: [] };
  // Interleave the three so machine noise hits them alike.
  for (let i = 0; i < RUNS; i++) for (const [k, args] of Object.entries(cases)) times[k].push(timeOnce(args));
  const node = median(times.node);
  const min = (xs) => Math.min(...xs);
  const row = {
    nodeMinMs: Math.round(min(times.node)),
    helpMinMs: Math.round(min(times.help)),
    checkMinMs: Math.round(min(times.check)),
    helpMinRatio: +(min(times.help) / min(times.node)).toFixed(2),
    checkMinRatio: +(min(times.check) / min(times.node)).toFixed(2),
    nodeMs: Math.round(node),
    helpMs: Math.round(median(times.help)),
    checkSampleMs: Math.round(median(times.check)),
    helpRatio: +(median(times.help) / node).toFixed(2),
    checkRatio: +(median(times.check) / node).toFixed(2),
  };
  console.log(
    `start: node -e 0 ${row.nodeMs} ms, pokin --help ${row.helpMs} ms (${row.helpRatio}×, budget 2), ` +
      `pokin check sample ${row.checkSampleMs} ms (${row.checkRatio}×, budget 3), median of ${RUNS}; ` +
      `min: ${row.nodeMinMs} / ${row.helpMinMs} (${row.helpMinRatio}×) / ${row.checkMinMs} ms (${row.checkMinRatio}×)`,
  );
  return row;
}

module.exports = { run };
if (require.main === module) run();
