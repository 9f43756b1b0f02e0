// The pane on a large workbook (issue 11 §7): in chromium at 350 × 900, outside Office, the
// time from picking a 20,000-indicator file to the first finding shown (Periksa pressed as soon
// as the file is open), and the longest main-thread long task meanwhile (PerformanceObserver
// 'longtask'; target ≤ 100 ms), then the same for each later state: Buat until its preview is
// drawn, an option change (orientation), one branch, and every other tab.
// Run with the pane bench (`POKIN_BENCH=pane`) or alone: `node bench/paneLarge.js [DIR]`.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { CHROMIUM, CHROMIUM_ARGS, buildPane, serveDir } = require("../scripts/paneBuild");
const { generate } = require("./generate");

const INDICATORS = Number(process.env.POKIN_BENCH_PANE_INDICATORS || 20000);
const NAME = "besar.xlsx";

/** Inside the page: long tasks, and marks for the file picked, Periksa pressed, the first finding. */
function instrument(name) {
  const tasks = [];
  const marks = {};
  window.__pokinBench = { tasks, marks };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  document.addEventListener("change", () => (marks.picked ??= performance.now()), true);
  new MutationObserver(() => {
    if (marks.picked === undefined) return;
    const periksa = [...document.querySelectorAll('button:not([role="tab"])')].find(
      (b) => b.textContent === "Periksa",
    );
    if (
      marks.opened === undefined &&
      document.querySelector(`[title="${name}"]`) &&
      periksa &&
      !periksa.disabled
    ) {
      marks.opened = performance.now();
      periksa.click();
    }
    if (marks.finding === undefined && document.querySelector('[aria-label="Daftar temuan"] button')) {
      marks.finding = performance.now();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

const longest = (tasks, from, to) =>
  Math.round(Math.max(0, ...tasks.filter((t) => t.start >= from && t.start <= to).map((t) => t.duration)));

/** Measures the pane built in `dir`; returns the numbers, or undefined without chromium. */
async function largeTree(dir) {
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`pane large: ${CHROMIUM} is missing, not measured.`);
    return undefined;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-bench-pane-large-"));
  const file = path.join(tmp, NAME);
  await generate(file, INDICATORS);
  const { chromium } = require("playwright-core");
  const server = await serveDir(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 350, height: 900 } });
    await page.addInitScript(instrument, NAME);
    await page.goto(`${server.url}taskpane.html`);
    await page.locator('[data-ready="true"]').waitFor({ timeout: 60000 });
    const load = +os.loadavg()[0].toFixed(1);
    await page.getByTestId("file-input").setInputFiles(file);
    await page.waitForFunction(() => window.__pokinBench.marks.finding !== undefined, null, {
      timeout: 300000,
    });
    const now = () => page.evaluate(() => performance.now());
    const tab = (name) => page.getByRole("tab", { name, exact: true });
    // Each state: from the user's act until it is shown, plus a second at rest (late renders count).
    const states = [];
    async function state(name, act) {
      const from = await now();
      await act();
      const shown = await now();
      await page.waitForTimeout(1000);
      states.push({ name, from, shown, to: await now() });
    }
    await state("Buat preview", async () => {
      await tab("Buat").click();
      await page.getByTestId("diagram-preview").waitFor({ timeout: 300000 });
    });
    const [buildFrom, buildTo] = [states[0].from, states[0].shown];
    await state("option: Kiri ke kanan", async () => {
      const before = await page.getByTestId("diagram-preview").innerHTML();
      await page.getByRole("radio", { name: "Kiri ke kanan" }).click();
      await page.waitForFunction(
        (old) => document.querySelector('[data-testid="diagram-preview"]')?.innerHTML !== old,
        before,
        { timeout: 300000 },
      );
    });
    await state("branch 1.1", async () => {
      const branch = page.getByRole("combobox", { name: "Cabang (Kode)" });
      await branch.fill("1.1");
      await branch.press("Enter");
      await page.getByTestId("preview-notice").waitFor({ state: "detached", timeout: 300000 });
    });
    for (const name of ["Impor", "Templat", "Gabung", "Bandingkan", "Periksa"]) {
      await state(`tab ${name}`, async () => {
        await tab(name).click();
        await page.getByRole("tabpanel").waitFor();
      });
    }
    const { tasks, marks } = await page.evaluate(() => window.__pokinBench);
    const results = {
      indicators: INDICATORS,
      fileMB: +(fs.statSync(file).size / 1e6).toFixed(1),
      openToFirstFindingMs: Math.round(marks.finding - marks.picked),
      openToOpenedMs: Math.round(marks.opened - marks.picked),
      longestTaskOpenToFindingMs: longest(tasks, marks.picked, marks.finding),
      buatPreviewMs: Math.round(buildTo - buildFrom),
      longestTaskBuatMs: longest(tasks, buildFrom, buildTo),
      states: states.map((s) => ({
        name: s.name,
        shownMs: Math.round(s.shown - s.from),
        longestTaskMs: longest(tasks, s.from, s.to),
      })),
      longestTaskMs: Math.max(
        longest(tasks, marks.picked, marks.finding + 1000),
        ...states.map((s) => longest(tasks, s.from, s.to)),
      ),
      workers: page.workers().length,
      loadAverage: load,
      cpus: os.cpus().length,
    };
    console.log(
      `pane large: ${INDICATORS} indicators (${results.fileMB} MB): picked → first finding ${results.openToFirstFindingMs} ms ` +
        `(opened after ${results.openToOpenedMs} ms), longest long task ${results.longestTaskOpenToFindingMs} ms ` +
        `(target ≤ 100); Buat preview ${results.buatPreviewMs} ms, longest long task ${results.longestTaskBuatMs} ms; ` +
        `load average ${load} on ${results.cpus} cores`,
    );
    for (const s of results.states)
      console.log(`  ${s.name}: shown after ${s.shownMs} ms, longest long task ${s.longestTaskMs} ms`);
    console.log(`  longest long task in any state: ${results.longestTaskMs} ms (target ≤ 100)`);
    return results;
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

module.exports = { largeTree };

if (require.main === module) {
  (async () => {
    const prebuilt = process.argv[2];
    const dir = prebuilt ?? (await buildPane("pokin-pane-bench-"));
    try {
      await largeTree(dir);
    } finally {
      if (!prebuilt) fs.rmSync(dir, { recursive: true, force: true });
    }
  })().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
