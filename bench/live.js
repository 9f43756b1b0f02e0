// The live check's budget (SPEC §9, §14): at 10,000 indicators, from the debounced change event
// to the updated findings, ≤ 100 ms of Pokin's work at p95 over 200 random single-cell edits,
// ≤ 2 syncs per burst, 0 writes. Measured on the recording fake of test/adapters/office, which
// fires worksheet change events; its in-process "sync" is counted in the time (so the numbers
// are an upper bound on Pokin's own work). `POKIN_BENCH=live npm run bench` runs this part alone.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

const ROOT = path.resolve(__dirname, "..");
const N = Number(process.env.POKIN_BENCH_LIVE_N || 10000);
const EDITS = Number(process.env.POKIN_BENCH_LIVE_EDITS || 200);
const LEVELS = ["Tujuan RPD", "Tujuan OPD", "Program", "Kegiatan", "Sub Kegiatan"];

function compile() {
  // POKIN_BENCH_LIVE_DIST: an existing compile of tsconfig.live.json (profiling runs), kept.
  const given = process.env.POKIN_BENCH_LIVE_DIST;
  if (given)
    return { out: path.resolve(given), keep: true, load: (rel) => require(path.resolve(given, rel)) };
  fs.mkdirSync(path.join(ROOT, "dist-bench"), { recursive: true });
  const out = fs.mkdtempSync(path.join(ROOT, "dist-bench", "live-"));
  const tsc = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
  execFileSync(process.execPath, [tsc, "-p", path.join(__dirname, "tsconfig.live.json"), "--outDir", out], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { out, load: (rel) => require(path.join(out, rel)) };
}

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A pohon kinerja of n indicators shaped like a real one (1 %, 4 %, 15 %, 30 %, 50 % per level,
 * each hanging from a random indicator of the level above, as bench/generate.js makes them),
 * with some defects so there are findings to update: missing targets, unknown parents.
 */
let HEADER_ROW = [];
function tree(n, random, rowOf) {
  const share = [0.01, 0.04, 0.15, 0.3, 0.5];
  const settings = {
    name: "Pengaturan",
    values: [
      ["Kunci", "Nilai"],
      ["Tahun Awal", 2025],
      ["Tahun Akhir", 2027],
    ],
  };
  let above = [];
  const sheets = LEVELS.map((name, level) => {
    const count = Math.max(1, Math.round(n * share[level]));
    const kodes = Array.from({ length: count }, (_, i) => `${level + 1}.${i + 1}`);
    const rows = kodes.map((kode, i) => {
      const induk = level === 0 ? "" : i % 97 === 0 ? "9.9" : above[Math.floor(random() * above.length)];
      const spec = { kode, induk, uraian: `Uraian ${kode}`, indikator: `Jumlah ${kode}`, satuan: "orang" };
      return rowOf(i % 50 === 0 ? { ...spec, targets: {} } : spec);
    });
    above = kodes;
    return { name, values: [[...HEADER_ROW], ...rows] };
  });
  return { sheets: [settings, ...sheets] };
}

const pct = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

async function run() {
  const { out, load, keep } = compile();
  // The recording fake's audit reads scripts/api-sets/table.js and TESTING.md by paths relative to test/:
  // give the compiled copy the same neighbours.
  fs.cpSync(path.join(ROOT, "scripts", "api-sets"), path.join(out, "scripts", "api-sets"), {
    recursive: true,
  });
  fs.copyFileSync(path.join(ROOT, "TESTING.md"), path.join(out, "TESTING.md"));
  try {
    const { fakeWith } = load("test/adapters/office/workbooks.js");
    const { readOfficeWorkbook } = load("src/adapters/office/readWorkbook.js");
    const { watchSheets } = load("src/adapters/office/liveEvents.js");
    const { LiveCheck } = load("src/core/live/liveCheck.js");
    const { HEADER, row: rowOf } = load("test/helpers/workbook.js");
    const random = rng(N);
    HEADER_ROW = HEADER;
    const excel = fakeWith(tree(N, random, rowOf));
    const read = await excel.run((c) => readOfficeWorkbook(c));
    const live = new LiveCheck(read.workbook, { now: new Date(2026, 5, 1) });
    const work = [];
    const watch = await watchSheets(
      ["Pengaturan", ...LEVELS],
      async (burst) => {
        if (burst.kind === "edits") live.apply(burst.edits);
      },
      { run: excel.run, debounceMs: 60_000 },
    );
    const columns = ["Kode Induk", "Indikator", "Satuan", "Target 2026", "Realisasi 2025"].map((h) =>
      HEADER.indexOf(h),
    );
    const values = ["3.1", "4.2", "9.9", "", "orang", "%", 12, -3, "75,5%", "n/a", "Jumlah penerima"];
    const sheetNames = ["Program", "Kegiatan", "Sub Kegiatan", "Sub Kegiatan"];
    let syncs = 0;
    const before = excel.writes.length;
    for (let i = 0; i < EDITS; i++) {
      const sheetName = sheetNames[Math.floor(random() * sheetNames.length)];
      const rows = excel.sheet(sheetName).usedBounds().rows;
      const r = 1 + Math.floor(random() * (rows - 1));
      const c = columns[Math.floor(random() * columns.length)];
      const letter = String.fromCharCode(65 + c);
      excel.userEdit(sheetName, `${letter}${r + 1}`, [[values[Math.floor(random() * values.length)]]]);
      const s0 = excel.syncs;
      const t0 = performance.now();
      await watch.flush();
      work.push(performance.now() - t0);
      syncs = Math.max(syncs, excel.syncs - s0);
    }
    await watch.stop();
    const writes = excel.writes.length - before;
    const row = {
      indicators: N,
      edits: EDITS,
      p50Ms: +pct(work, 50).toFixed(1),
      p95Ms: +pct(work, 95).toFixed(1),
      maxMs: +Math.max(...work).toFixed(1),
      syncsPerBurst: syncs,
      writes,
      findings: live.findings.length,
    };
    console.log(
      `live check: ${N} indicators, p50 ${row.p50Ms} ms, p95 ${row.p95Ms} ms, max ${row.maxMs} ms, ` +
        `syncs per burst ${syncs}, writes ${writes}`,
    );
    return row;
  } finally {
    if (!keep) {
      fs.rmSync(out, { recursive: true, force: true });
      if (fs.readdirSync(path.dirname(out)).length === 0) fs.rmdirSync(path.dirname(out));
    }
  }
}

module.exports = { run };
if (require.main === module)
  run().catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
