// POKIN_BENCH=pemda npm run bench, or node bench/pemda.js: SPEC §9's Pemda budget. N OPD
// workbooks × M indicators (default 40 × 2,000 = 80,000): ExcelJS loading them one after
// another, against `pokin check` of all of them and `pokin gabung` of all of them (worker
// pool), each in a fresh process, in the same run. Budget: each ≤ 0.75 × the load, peak ≤ 2 GB.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { generate } = require("./generate");

const FILES = Number(process.env.POKIN_PEMDA_FILES || 40);
const SIZE = Number(process.env.POKIN_PEMDA_SIZE || 2000);
const ROOT = path.resolve(__dirname, "..");

/** Runs a script in a fresh node; returns its wall time and peak RSS (threads included). */
function measure(script, args) {
  const wrapper = `const t0 = performance.now();
    Promise.resolve(require(${JSON.stringify(script)})(${JSON.stringify(args)})).then((code) => {
      const ms = performance.now() - t0;
      process.stderr.write("\\n@@" + JSON.stringify({ ms, code, maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) }) + "\\n");
      process.exit(0);
    });`;
  const r = spawnSync(process.execPath, ["-e", wrapper], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 30 });
  const line = (r.stderr || "").split("\n").find((l) => l.startsWith("@@"));
  if (!line) throw new Error(`bench child failed: ${r.stderr}`);
  return JSON.parse(line.slice(2));
}

async function run() {
  const dir = path.join(os.tmpdir(), `pokin-bench-pemda-${FILES}x${SIZE}`);
  fs.mkdirSync(dir, { recursive: true });
  const files = [];
  for (let i = 1; i <= FILES; i++) {
    const file = path.join(dir, `opd-${String(i).padStart(2, "0")}.xlsx`);
    if (!fs.existsSync(file)) await generate(file, SIZE);
    files.push(file);
  }
  const helper = path.join(__dirname, "pemdaChild.js");
  const load = measure(helper, ["load", ...files]);
  const check = measure(helper, ["check", ...files]);
  const gabung = measure(helper, ["gabung", ...files, "-o", path.join(dir, "pemda.xlsx")]);
  const result = {
    files: FILES,
    indicatorsPerFile: SIZE,
    workers: Math.min(os.availableParallelism(), FILES),
    loadMs: Math.round(load.ms),
    checkMs: Math.round(check.ms),
    checkRatio: +(check.ms / load.ms).toFixed(2),
    gabungMs: Math.round(gabung.ms),
    gabungRatio: +(gabung.ms / load.ms).toFixed(2),
    loadMaxRssMiB: load.maxRssMiB,
    checkMaxRssMiB: check.maxRssMiB,
    gabungMaxRssMiB: gabung.maxRssMiB,
  };
  console.log(`pokin bench pemda (budget: ratios ≤ 0.75, peak ≤ 2048 MiB):\n${JSON.stringify(result)}`);
  return result;
}

module.exports = { run };
if (require.main === module) run().catch((err) => (console.error(err), process.exit(1)));
