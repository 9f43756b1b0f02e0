// Office.js round trips for SPEC §9 ("context.sync() calls for one user action: constant,
// whatever the workbook's size: check ≤ 2, build ≤ 4, import ≤ 3"), counted on the recording
// fake of test/adapters/office (it queues like Office.js and counts every sync and proxy call).
// The fake and the adapter are TypeScript: run() compiles them with bench/tsconfig.office.json
// into a temporary folder under dist-bench/ first. Run alone (`node bench/office.js`) or from bench/run.js.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

const ROOT = path.resolve(__dirname, "..");
const SIZES = (process.env.POKIN_BENCH_OFFICE_SIZES || "100,1000,10000").split(",").map(Number);
/** Excel on the web's request limit: the fake rejects a bigger sync, as Excel would. */
const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
const NOW = new Date(2026, 0, 15, 8, 30);

/** Compiles the adapter and the fake; returns a require() rooted at the output. */
function compile() {
  // Inside the checkout (dist-bench/, git-ignored), so the output finds node_modules.
  fs.mkdirSync(path.join(ROOT, "dist-bench"), { recursive: true });
  const out = fs.mkdtempSync(path.join(ROOT, "dist-bench", "office-"));
  const tsc = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
  try {
    execFileSync(
      process.execPath,
      [tsc, "-p", path.join(__dirname, "tsconfig.office.json"), "--outDir", out],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
  } catch (err) {
    throw new Error(`bench/office.js: tsc failed:\n${err.stdout || err.message}`);
  }
  return { out, load: (rel) => require(path.join(out, rel)) };
}

/**
 * The user actions measured: each gets a fresh fake holding the workbook. To measure import
 * (budget 3), add an entry here, e.g.
 *   { name: "import", budget: 3, run: (office, excel, opts) => office.importInExcel(…, "id", opts) },
 * and it gets a row per size in the table and the returned object.
 */
function actions(office, caps) {
  return [
    // The pane's Periksa reads in Excel, then runs the check action outside Excel.run.
    {
      name: "check (pane Periksa)",
      budget: 2,
      run: (o) => office.runExcel((context) => office.readOfficeWorkbook(context), o),
    },
    { name: "ribbon Periksa", budget: 3, run: (o) => office.periksaInExcel("id", o) },
    {
      name: "build, shapes (ExcelApi 1.9)",
      budget: 4,
      run: (o) =>
        office.buildInExcel({ orientation: "down" }, "id", { ...o, capabilities: caps.WITH_SHAPES }),
    },
    {
      name: "build, cells (no 1.9)",
      budget: 4,
      run: (o) =>
        office.buildInExcel({ orientation: "down" }, "id", { ...o, capabilities: caps.WITHOUT_SHAPES }),
    },
    // Desktop Excel has no request size limit, so nothing is split into chunks.
    {
      name: "build, shapes, desktop Excel",
      budget: 4,
      desktop: true,
      run: (o) =>
        office.buildInExcel({ orientation: "down" }, "id", {
          ...o,
          capabilities: { ...caps.WITH_SHAPES, payloadLimit: Infinity },
        }),
    },
    // Impor of a pasted cascading matrix with as many Program rows as indicators (prepare adds it).
    {
      name: "import, worksheet.copy + table.resize (ExcelApi 1.13)",
      budget: 3,
      prepare: (excel, n) => excel.addSheet("Tempel", caps.pastedMatrix(n)),
      run: (o) =>
        office.importInExcel({ sheet: "Tempel" }, { ...o, capabilities: { excelApi: (m) => m <= 13 } }),
    },
    {
      name: "import, values+formulas copy (no 1.10)",
      budget: 3,
      prepare: (excel, n) => excel.addSheet("Tempel", caps.pastedMatrix(n)),
      run: (o) => office.importInExcel({ sheet: "Tempel" }, { ...o, capabilities: caps.WITH_SHAPES }),
    },
  ];
}

/**
 * Counts syncs, proxy calls and the largest request of each action at each size.
 * @returns { sizes, payloadLimit, rows: [{ action, indicators, syncs, budget, withinBudget, proxyCalls, maxSyncBytes, totalBytes, ms }] }
 */
async function run() {
  const { out, load } = compile();
  try {
    const office = Object.assign(
      {},
      ...["runAction", "readWorkbook", "checkAction", "buildAction", "importAction"].map((m) =>
        load(`src/adapters/office/${m}.js`),
      ),
    );
    const { fakeWith, workbookOf, WITH_SHAPES, WITHOUT_SHAPES } = load("test/adapters/office/workbooks.js");
    const { pastedMatrix } = load("test/helpers/pastedMatrix.js");
    const rows = [];
    for (const n of SIZES) {
      // Every Sub Kegiatan without Satuan: one finding per indicator, so the report grows with n too.
      const workbook = workbookOf(n, (spec) => ({ ...spec, satuan: "" }));
      for (const action of actions(office, { WITH_SHAPES, WITHOUT_SHAPES, pastedMatrix })) {
        const excel = fakeWith(workbook, { payloadLimit: action.desktop ? Infinity : WEB_PAYLOAD_LIMIT });
        if (action.prepare) action.prepare(excel, n);
        const options = { run: excel.run, now: NOW, capabilities: WITHOUT_SHAPES, sleep: async () => {} };
        const t0 = process.hrtime.bigint();
        let error;
        try {
          await action.run(options);
        } catch (err) {
          error = String(err && err.message ? err.message : err).split("\n")[0];
        }
        rows.push({
          action: action.name,
          indicators: n,
          syncs: excel.syncs,
          budget: action.budget,
          withinBudget: !error && excel.syncs <= action.budget,
          proxyCalls: excel.proxyCalls,
          maxSyncBytes: Math.max(0, ...excel.batchBytes),
          totalBytes: excel.batchBytes.reduce((a, b) => a + b, 0),
          ms: Math.round(Number(process.hrtime.bigint() - t0) / 1e6),
          ...(error ? { error } : {}),
        });
      }
    }
    console.log(
      `Office.js syncs per user action (recording fake; Excel on the web's ${WEB_PAYLOAD_LIMIT}-byte request limit unless "desktop")`,
    );
    console.table(
      rows.map(({ totalBytes, maxSyncBytes, error: _e, ...r }) => ({
        ...r,
        maxSyncMB: +(maxSyncBytes / 2 ** 20).toFixed(2),
        totalMB: +(totalBytes / 2 ** 20).toFixed(2),
      })),
    );
    for (const r of rows.filter((x) => x.error)) console.log(`${r.action} at ${r.indicators}: ${r.error}`);
    return { sizes: SIZES, payloadLimit: WEB_PAYLOAD_LIMIT, rows };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
    // dist-bench/ itself goes too when nothing else is in it.
    if (fs.readdirSync(path.dirname(out)).length === 0) fs.rmdirSync(path.dirname(out));
  }
}

module.exports = { run };

if (require.main === module) {
  run().catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}
