"use strict";
// Layout benchmark (SPEC §9: diagram layout of 10,000 indicators ≤ 100 ms). Needs
// `npm run build:cli` first: it requires the compiled core from dist/.
const { buildModel } = require("../dist/core/model/buildModel");
const { buildBoxes } = require("../dist/core/layout/boxes");
const { selectBoxes } = require("../dist/core/layout/selectBoxes");
const { layoutDiagram } = require("../dist/core/layout/layoutDiagram");
const { POINT_GAPS, POINT_METRICS } = require("../dist/core/layout/metrics");

const LEVELS = ["Tujuan RPD", "Tujuan OPD", "Program", "Kegiatan", "Sub Kegiatan"];
const HEADER = ["Kode", "Kode Induk", "Uraian", "Indikator", "Satuan", "Target 2025"];

/** A five-level workbook of n indicators, fanning out level by level, one statement per two rows. */
function workbook(n) {
  const share = [0.002, 0.02, 0.08, 0.25];
  const counts = share.map((s) => Math.max(1, Math.round(n * s)));
  counts.push(Math.max(1, n - counts.reduce((a, b) => a + b, 0)));
  const sheets = LEVELS.map((name, level) => {
    const rows = [HEADER];
    for (let i = 0; i < counts[level]; i++) {
      const induk = level === 0 ? "" : `${level - 1}.${Math.floor((i * counts[level - 1]) / counts[level])}`;
      rows.push([
        `${level}.${i}`,
        induk,
        `${name} nomor ${Math.floor(i / 2)} peningkatan layanan sosial`,
        `Persentase capaian indikator ${i} tahun berjalan`,
        "%",
        50 + (i % 50),
      ]);
    }
    return { name, values: rows };
  });
  return { sheets };
}

/**
 * Times the diagram layout of n indicators: statement boxes, text sizes and the tidy tree
 * (the workbook is read before the clock starts). Best of `runs` after one warm-up run.
 * @returns { n, boxes, ms }
 */
function layoutBench(n, runs = 5) {
  const model = buildModel(workbook(n), { now: new Date(2025, 5, 1) });
  let best = Infinity;
  let boxes = 0;
  for (let i = 0; i <= runs; i++) {
    const t0 = process.hrtime.bigint();
    const roots = selectBoxes(buildBoxes(model, { year: 2025, lang: "id" }), {}).roots;
    const layout = layoutDiagram(roots, POINT_METRICS, "down", POINT_GAPS.down);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    boxes = layout.boxes.length;
    if (i > 0) best = Math.min(best, ms);
  }
  return { n, boxes, ms: Math.round(best * 10) / 10 };
}

/** For bench/run.js: the layout at 1,000 and 10,000 indicators, against the 100 ms budget. */
async function run() {
  const rows = [1000, 10000].map((n) => ({ ...layoutBench(n), budgetMs: 100 }));
  for (const r of rows) r.withinBudget = r.ms <= r.budgetMs;
  console.log("diagram layout (statement boxes + tidy tree, best of 5 after a warm-up):");
  console.table(rows);
  return rows;
}

module.exports = { layoutBench, workbook, run };

if (require.main === module) {
  const n = Number(process.argv[2] ?? 10000);
  const r = layoutBench(n);
  console.log(`layout of ${r.n} indicators (${r.boxes} boxes): ${r.ms} ms (budget 100 ms)`);
}
