// One engine measurement in a fresh process: reads FILE once with Pokin's reader, then times the
// model, the rules and the capaian tree REPEAT times on the same data, wall time per phase and
// the process's CPU time (user + system) for the whole engine. Prints one JSON line.
"use strict";
const path = require("node:path");

async function main() {
  const [file, repeat = "5"] = process.argv.slice(2);
  const dist = path.resolve(__dirname, "../dist");
  const { readXlsxFile } = require(path.join(dist, "adapters/xlsx/readFile.js"));
  const { buildModel } = require(path.join(dist, "core/model/buildModel.js"));
  const { checkModel } = require(path.join(dist, "core/rules/runChecks.js"));
  const { capaianTree } = require(path.join(dist, "core/capaian/index.js"));
  const data = await readXlsxFile(file);
  if (!data || !data.sheets) throw new Error(`could not read ${file}`);
  const runs = [];
  let findings = 0;
  for (let i = 0; i < Number(repeat); i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const model = buildModel(data, { now: new Date(2027, 5, 1) });
    const t1 = performance.now();
    findings = checkModel(model, { lang: "id" }).length;
    const t2 = performance.now();
    capaianTree(model, model.settings.reportYear ?? 2027);
    const t3 = performance.now();
    const cpu = process.cpuUsage(c0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    runs.push({ modelMs: t1 - t0, rulesMs: t2 - t1, capaianMs: t3 - t2, engineMs: t3 - t0, cpuMs });
  }
  process.stdout.write(
    `${JSON.stringify({ runs, findings, indicators: data.sheets.reduce((n, s) => n + s.values.length - 1, 0) })}\n`,
  );
}

main().catch((err) => {
  process.stderr.write(`${String(err && err.stack ? err.stack : err)}\n`);
  process.exit(1);
});
