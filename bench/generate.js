// Generates a five-level pohon kinerja workbook of N indicators with ExcelJS's streaming writer,
// with a sprinkle of realistic defects (missing targets, numbers as text) so the check works.
"use strict";
const ExcelJS = require("exceljs");

const LEVELS = ["Tujuan RPD", "Tujuan OPD", "Program", "Kegiatan", "Sub Kegiatan"];
const SHARE = [0.01, 0.04, 0.15, 0.3, 0.5];
const YEARS = [2025, 2026, 2027, 2028, 2029];

/** The columns of a level sheet before its years (SPEC §3.2), in order: also the tests' header. */
const LEAD_COLUMNS = [
  "Kode",
  "Kode Induk",
  "Uraian",
  "Indikator",
  "Satuan",
  "Polaritas",
  "Sifat",
  "Kode Nomenklatur",
  "Baseline",
];

/** The header the generated level sheets (and the tests' workbooks) have: lead, years, Keterangan. */
function levelHeader(years) {
  return [
    ...LEAD_COLUMNS,
    ...years.map((y) => `Target ${y}`),
    ...years.map((y) => `Realisasi ${y}`),
    "Keterangan",
  ];
}

/** Deterministic pseudo-random numbers (mulberry32), so every run writes the same file. */
function rng(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function generate(file, n) {
  const random = rng(n);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: false,
  });
  const settings = wb.addWorksheet("Pengaturan");
  settings.addRow(["Kunci", "Nilai"]).commit();
  settings.addRow(["Tahun Awal", 2025]).commit();
  settings.addRow(["Tahun Akhir", 2029]).commit();
  settings.commit();
  let previous = [];
  for (let level = 0; level < LEVELS.length; level++) {
    const count = Math.max(1, Math.round(n * SHARE[level]));
    const ws = wb.addWorksheet(LEVELS[level]);
    ws.addRow(levelHeader(YEARS)).commit();
    const kodes = [];
    for (let i = 0; i < count; i++) {
      const parent = level === 0 ? "" : previous[i % previous.length];
      const kode = level === 0 ? String(i + 1) : `${parent}.${Math.floor(i / previous.length) + 1}`;
      kodes.push(kode);
      const percent = random() < 0.4;
      const row = [
        kode,
        parent,
        `Uraian ${LEVELS[level]} ${Math.floor(i / 2) + 1}`,
        `Indikator ${kode}`,
        percent ? "%" : "orang",
        random() < 0.1 ? "Negatif" : "Positif",
        "",
        "",
        10,
      ];
      for (let y = 0; y < YEARS.length; y++) {
        const r = random();
        row.push(r < 0.01 ? null : r < 0.02 ? `${50 + y},5` : percent ? 50 + y : 100 * (y + 1));
      }
      for (let y = 0; y < YEARS.length; y++) row.push(y === 0 ? (percent ? 48 : 95) : null);
      row.push("");
      ws.addRow(row).commit();
    }
    ws.commit();
    previous = kodes;
  }
  await wb.commit();
}

module.exports = { generate, LEVELS, LEAD_COLUMNS, levelHeader };
