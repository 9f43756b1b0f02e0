// One measurement in a fresh process, so memory and timings do not leak between steps.
// Usage: node bench/child.js load|check FILE  → prints one JSON line.
//        node bench/child.js load|diff OLD NEW  (bench/diff.js: loads both / `pokin diff`'s work)
"use strict";
const path = require("node:path");
const ExcelJS = require("exceljs");

async function main() {
  const [mode, file, second] = process.argv.slice(2);
  const dist = path.resolve(__dirname, "../dist");
  // Modules are loaded before the clock starts in both modes: the comparison is of the work.
  const { readXlsxFile } = require(path.join(dist, "adapters/xlsx/readFile.js"));
  const { checkWorkbook } = require(path.join(dist, "core/rules/index.js"));
  const { diffModels } = require(path.join(dist, "core/diff/index.js"));
  const { buildModel } = require(path.join(dist, "core/model/buildModel.js"));
  const t0 = performance.now();
  const result = {};
  if (mode === "load") {
    for (const f of second ? [file, second] : [file]) await new ExcelJS.Workbook().xlsx.readFile(f);
    result.ms = performance.now() - t0;
  } else if (mode === "diff") {
    // What `pokin diff OLD NEW` does before printing: read both, model both, compare.
    const [a, b] = await Promise.all([readXlsxFile(file), readXlsxFile(second)]);
    if (!a.sheets || !b.sheets) throw new Error(`could not read ${file} or ${second}`);
    const t1 = performance.now();
    const changes = diffModels(buildModel(a), buildModel(b));
    const t2 = performance.now();
    result.ms = t2 - t0;
    result.readMs = t1 - t0;
    result.engineMs = t2 - t1;
    result.changes = changes.length;
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
