// `pokin build` must grow linearly (issue 8): builds generated workbooks of 10,000 and 50,000
// indicators with default options, each in a fresh process, and compares the time per
// indicator. CPU time is compared as well as wall time: on a shared, loaded machine the wall
// clock says more about the neighbours than about the build. Run alone: POKIN_BENCH=build npm run bench
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFileSync } = require("node:child_process");
const { generate } = require("./generate");

const SIZES = (process.env.POKIN_BUILD_SIZES || "10000,50000").split(",").map(Number);

function buildOnce(file, out) {
  const stdout = execFileSync(
    process.execPath,
    ["--max-old-space-size=16384", path.join(__dirname, "buildChild.js"), file, out],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout.trim().split("\n").pop());
}

async function run() {
  const dir = path.join(os.tmpdir(), "pokin-bench");
  fs.mkdirSync(dir, { recursive: true });
  const rows = [];
  for (const n of SIZES) {
    const file = path.join(dir, `pokin-${n}.xlsx`);
    if (!fs.existsSync(file)) await generate(file, n);
    const out = path.join(dir, `pokin-${n}-built.xlsx`);
    const r = buildOnce(file, out);
    fs.rmSync(out, { force: true });
    if (r.code !== 0 && r.code !== 1) throw new Error(`pokin build ${file} exited ${r.code}`);
    rows.push({ indicators: n, s: r.ms / 1000, cpuS: r.cpuMs / 1000, maxRssMiB: r.maxRssMiB });
  }
  const [a, b] = [rows[0], rows[rows.length - 1]];
  const per = (r, key) => r[key] / r.indicators;
  const ratio = +(per(b, "s") / per(a, "s")).toFixed(2);
  const cpuRatio = +(per(b, "cpuS") / per(a, "cpuS")).toFixed(2);
  const sizes = rows.map(
    (r) => `${r.indicators} indicators ${r.s.toFixed(1)} s (CPU ${r.cpuS.toFixed(1)} s)`,
  );
  console.log(
    `build: ${sizes.join(", ")}, per-indicator ratio ${ratio} (CPU ${cpuRatio}; linear ≈ 1), ` +
      `peak RSS ${rows.map((r) => `${r.maxRssMiB} MiB`).join(" / ")}`,
  );
  return { rows, ratio, cpuRatio };
}

module.exports = { run };
if (require.main === module) run().catch((err) => (console.error(err), process.exit(1)));
