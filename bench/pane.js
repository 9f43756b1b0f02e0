// The task pane's numbers for SPEC §9: the first-load JavaScript (the scripts taskpane.html
// loads before any dynamic import), gzipped, against the 300 KB budget; the lazy chunks
// (ExcelJS, loaded only outside Office) for information; and the time until the pane is
// usable in chromium, opened outside Office: first the tabs drawn, then the Banjarnegara sample
// loaded and the Periksa button enabled. Run alone (`node bench/pane.js`) or from bench/run.js.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const { CHROMIUM, CHROMIUM_ARGS, buildPane, serveDir } = require("../scripts/paneBuild");
const { largeTree } = require("./paneLarge");

const BUDGET_BYTES = 300 * 1000;
const LOADS = Number(process.env.POKIN_BENCH_PANE_LOADS || 5);

const gzipped = (file) => zlib.gzipSync(fs.readFileSync(file)).length;
const kb = (bytes) => +(bytes / 1000).toFixed(1);

/** Sizes of the entry scripts of taskpane.html, and of every other script (lazy chunks, the commands page). */
function sizes(dir) {
  const html = fs.readFileSync(path.join(dir, "taskpane.html"), "utf8");
  const entry = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
  const first = entry.map((name) => ({
    file: name,
    bytes: fs.statSync(path.join(dir, name)).size,
    gzip: gzipped(path.join(dir, name)),
  }));
  const lazy = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".js") && !entry.includes(f))
    .map((f) => ({ file: f, bytes: fs.statSync(path.join(dir, f)).size, gzip: gzipped(path.join(dir, f)) }));
  const total = first.reduce((s, f) => s + f.gzip, 0);
  return { first, lazy, firstLoadGzipBytes: total };
}

/** Milestones recorded inside the page, in ms since navigation start. */
function recordMilestones() {
  const marks = {};
  window.__pokinMarks = marks;
  new MutationObserver(() => {
    if (marks.tabs === undefined && document.querySelector('[role="tab"]')) marks.tabs = performance.now();
    const ready = document.querySelector('[data-ready="true"]');
    const check = [...document.querySelectorAll("button")].find(
      (b) => b.textContent === "Periksa" && !b.disabled,
    );
    if (marks.ready === undefined && ready && check) marks.ready = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

async function timeToInteractive(dir) {
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`pane bench: ${CHROMIUM} is missing, time to interactive not measured.`);
    return undefined;
  }
  const { chromium } = require("playwright-core");
  const server = await serveDir(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const url = `${server.url}taskpane.html`;
  const runs = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      // A fresh context each time: nothing cached, as on the pane's first opening.
      const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
      const page = await context.newPage();
      await page.addInitScript(recordMilestones);
      await page.goto(url);
      await page.waitForFunction(() => window.__pokinMarks && window.__pokinMarks.ready !== undefined, null, {
        timeout: 60000,
      });
      runs.push(await page.evaluate(() => window.__pokinMarks));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return {
    loads: LOADS,
    tabsDrawnMs: Math.round(median(runs.map((r) => r.tabs))),
    sampleReadyMs: Math.round(median(runs.map((r) => r.ready))),
  };
}

/** Runs the pane bench; returns its results (bench/run.js stores them with the others). */
async function run() {
  const dir = await buildPane("pokin-pane-bench-");
  try {
    const size = sizes(dir);
    const tti = await timeToInteractive(dir);
    const large = await largeTree(dir);
    const within = size.firstLoadGzipBytes <= BUDGET_BYTES;
    const results = {
      firstLoadGzipKB: kb(size.firstLoadGzipBytes),
      budgetKB: kb(BUDGET_BYTES),
      withinBudget: within,
      firstLoad: size.first.map((f) => ({ file: f.file, KB: kb(f.bytes), gzipKB: kb(f.gzip) })),
      notFirstLoad: size.lazy.map((f) => ({ file: f.file, KB: kb(f.bytes), gzipKB: kb(f.gzip) })),
      ...(tti ? { timeToInteractive: tti } : {}),
      ...(large ? { largeTree: large } : {}),
    };
    console.log(
      `pane: first-load JS ${results.firstLoadGzipKB} KB gzipped (${within ? "within" : "OVER"} the ${results.budgetKB} KB budget)`,
    );
    console.table(results.notFirstLoad);
    if (tti) {
      console.log(
        `pane: tabs drawn after ${tti.tabsDrawnMs} ms, sample loaded and Periksa enabled after ${tti.sampleReadyMs} ms (median of ${tti.loads}, chromium, outside Office)`,
      );
    }
    fs.mkdirSync(path.join(__dirname, "results"), { recursive: true });
    fs.writeFileSync(path.join(__dirname, "results", "pane.json"), JSON.stringify(results, null, 2));
    return results;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { run };

if (require.main === module) {
  run().then(
    (r) => {
      if (!r.withinBudget) process.exitCode = 1;
    },
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
