// One measurement in a fresh process, so memory and timings do not leak between steps.
// Usage: node bench/child.js load|check FILE  → prints one JSON line.
"use strict";
const path = require("node:path");
const ExcelJS = require("exceljs");

async function main() {
  const [mode, file] = process.argv.slice(2);
  const dist = path.resolve(__dirname, "../dist");
  // Modules are loaded before the clock starts in both modes: the comparison is of the work.
  const { readXlsxFile } = require(path.join(dist, "adapters/xlsx/readFile.js"));
  const { checkWorkbook } = require(path.join(dist, "core/rules/index.js"));
  const t0 = performance.now();
  const result = {};
  if (mode === "load") {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    result.ms = performance.now() - t0;
  } else {
    const data = await readXlsxFile(file);
    if (!data || !data.sheets) throw new Error(`could not read ${file}: ${JSON.stringify(data)}`);
    const t1 = performance.now();
    const findings = checkWorkbook(data, { lang: "id" });
    const t2 = performance.now();
    result.ms = t2 - t0;
    result.readMs = t1 - t0;
    result.engineMs = t2 - t1;
    result.findings = findings.length;
    result.indicators = data.sheets.reduce((n, s) => n + Math.max(0, s.values.length - 1), 0);
  }
  result.maxRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(JSON.stringify(result) + "\n");
}

main().catch((err) => {
  process.stderr.write(String(err && err.stack ? err.stack : err) + "\n");
  process.exit(1);
});
