// `pokin diff` benchmark (SPEC §9: two 10,000-indicator workbooks diffed in ≤ 1.5 × the time
// ExcelJS needs to load the two files). NEW is OLD with twenty edits of every kind. Needs the
// compiled core in dist/ (npm run bench builds it). Run alone: node bench/diff.js
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFileSync } = require("node:child_process");
const ExcelJS = require("exceljs");
const { generate } = require("./generate");

const SIZE = Number(process.env.POKIN_DIFF_SIZE || 10000);
const REPEAT = Number(process.env.POKIN_BENCH_REPEAT || 3);

function child(...args) {
  const out = execFileSync(process.execPath, [path.join(__dirname, "child.js"), ...args], {
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").pop());
}

/** OLD with 20 edits: targets, texts, a re-code, a move, a removed and an added row. */
async function revise(oldFile, newFile) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(oldFile);
  const ws = wb.getWorksheet("Sub Kegiatan");
  const kegiatan = wb.getWorksheet("Kegiatan");
  for (let r = 2; r < 14; r++) ws.getCell(r, 10).value = 999 + r; // 12 target changes
  ws.getCell(20, 3).value = "Uraian direvisi";
  ws.getCell(21, 4).value = "Indikator direvisi";
  ws.getCell(22, 5).value = "dokumen";
  ws.getCell(23, 1).value = `${ws.getCell(23, 1).value}-baru`; // re-coded
  ws.getCell(24, 2).value = kegiatan.getCell(3, 1).value; // moved
  kegiatan.spliceRows(kegiatan.rowCount, 1); // removed
  ws.addRow([...ws.getRow(2).values].slice(1).map((v, i) => (i === 0 ? "9.9.9.9.9" : v))); // added
  ws.getCell(30, 9).value = 1; // baseline
  await wb.xlsx.writeFile(newFile);
}

async function run() {
  const dir = path.join(os.tmpdir(), "pokin-bench");
  fs.mkdirSync(dir, { recursive: true });
  const oldFile = path.join(dir, `pokin-${SIZE}.xlsx`);
  const newFile = path.join(dir, `pokin-${SIZE}-revised.xlsx`);
  if (!fs.existsSync(oldFile)) await generate(oldFile, SIZE);
  if (!fs.existsSync(newFile)) await revise(oldFile, newFile);
  const loads = [];
  const diffs = [];
  for (let i = 0; i < REPEAT; i++) {
    loads.push(child("load", oldFile, newFile));
    diffs.push(child("diff", oldFile, newFile));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const load = median(loads.map((r) => r.ms));
  const diff = median(diffs.map((r) => r.ms));
  const row = {
    indicators: SIZE,
    loadBothMs: Math.round(load),
    diffMs: Math.round(diff),
    ratio: +(diff / load).toFixed(2),
    readMs: Math.round(median(diffs.map((r) => r.readMs))),
    engineMs: Math.round(median(diffs.map((r) => r.engineMs))),
    changes: diffs[0].changes,
  };
  console.log(`pokin diff of two ${SIZE}-indicator workbooks (budget: diff/load ≤ 1.5)`);
  console.table([row]);
  return row;
}

module.exports = { run };
if (require.main === module) run().catch((err) => (console.error(err), process.exit(1)));
