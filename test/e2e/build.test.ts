/**
 * End-to-end: the pane's Buat tab outside Office, in Debian's chromium (playwright-core): the
 * live SVG preview, the orientation option, Ekspor SVG and Buat + Unduh. Screenshots go to
 * test/artifacts/ (git-ignored).
 */
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { applyPlan } from "../../src/adapters/xlsx/applyPlan";
import { readXlsx, workbookToData } from "../../src/adapters/xlsx/readWorkbook";
import { buildModel } from "../../src/core/model/buildModel";
import { templatePlan } from "../../src/core/plans/templatePlan";
import { BANJARNEGARA } from "../../src/core/sample";
import type { WorkbookData } from "../../src/core/sheet";
import { diagramSvg } from "../../src/core/svg/diagramSvg";
import { ARTIFACTS, CHROMIUM, paneInChromium } from "./paneBuild";

const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[e2e] ${CHROMIUM} is missing: the Buat tab's browser tests are skipped.`);
const LEVELS = ["Pengaturan", "Tujuan RPD", "Tujuan OPD", "Program", "Kegiatan", "Sub Kegiatan"];
/** Workbook text the SVG must escape: markup, an ampersand and quotes. */
const TRICKY = `A & B <C> "D" 'E'`;

/** The sample as the pane makes it (ExcelJS), as the core reads it. */
function sample(edit?: (wb: ExcelJS.Workbook) => void): { wb: ExcelJS.Workbook; data: WorkbookData } {
  const wb = new ExcelJS.Workbook();
  applyPlan(wb, templatePlan(BANJARNEGARA, "id"));
  edit?.(wb);
  return { wb, data: workbookToData(wb) };
}

/** What the core draws for the sample: the Kodes of its boxes and the SVG's viewBox. */
function expected(
  orientation: "down" | "right",
  data = sample().data,
  more: { root?: string; depth?: number } = {},
) {
  const svg = diagramSvg(buildModel(data), { orientation, lang: "id", generatedAt: new Date(), ...more });
  return {
    kodes: [...svg.matchAll(/<g data-kode="([^"]*)"/g)].map((m) => m[1]),
    viewBox: /viewBox="([^"]*)"/.exec(svg)![1],
  };
}

(hasChromium ? describe : describe.skip)("Buat outside Office (chromium)", () => {
  const pane = paneInChromium();
  let page: Page;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-e2e-build-"));

  afterAll(async () => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  beforeEach(async () => {
    page = await pane.browser.newPage({ viewport: { width: 320, height: 900 }, acceptDownloads: true });
    await page.goto(`${pane.url}taskpane.html`);
    await page.locator('[data-ready="true"]').waitFor({ timeout: 30_000 });
    await page.getByRole("tab", { name: "Buat" }).click();
    await boxes().first().waitFor();
  });

  afterEach(async () => {
    await page.close();
  });

  const shot = (name: string) =>
    page.screenshot({ path: path.join(ARTIFACTS, `build-${name}.png`), fullPage: true });
  const preview = () => page.getByRole("img", { name: /^Pratinjau diagram Pohon Kinerja/ });
  const boxes = () => preview().locator("svg g[data-kode]");
  const kodes = () => boxes().evaluateAll((els) => els.map((e) => e.getAttribute("data-kode")));
  const viewBox = () => preview().locator("svg").getAttribute("viewBox");

  test("the preview draws the sample's boxes as the core lays them out, within the 320 px pane", async () => {
    await shot("preview");
    const want = expected("down");
    expect(await kodes()).toEqual(want.kodes);
    expect(await viewBox()).toBe(want.viewBox);
    expect(await preview().getAttribute("aria-label")).toBe(
      `Pratinjau diagram Pohon Kinerja, ${want.kodes.length} kotak`,
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // Fitted to the pane: the drawing is no wider than its frame.
    const [svgWidth, frameWidth] = await preview().evaluate((f) => [
      f.querySelector("svg")!.getBoundingClientRect().width,
      f.clientWidth,
    ]);
    expect(svgWidth).toBeLessThanOrEqual(frameWidth);
  });

  test("choosing left-to-right with the keyboard redraws the preview in that orientation", async () => {
    const down = expected("down");
    const right = expected("right");
    expect(right.viewBox).not.toBe(down.viewBox);
    await page.getByRole("radio", { name: "Atas ke bawah" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.getByRole("radio", { name: "Kiri ke kanan" }).isChecked()).toBe(true);
    await preview().locator(`svg[viewBox="${right.viewBox}"]`).waitFor();
    expect(await kodes()).toEqual(right.kodes);
    await shot("right");
  });

  test("a subtree picked by typing its Kode and a depth narrow the preview to that branch", async () => {
    const want = expected("down", undefined, { root: "1.1", depth: 2 });
    const combo = page.getByRole("combobox", { name: "Cabang (Kode)" });
    // Keyboard only: type the Kode, the list narrows and opens, Enter takes the option.
    await combo.focus();
    await page.keyboard.type("1.1");
    await page.getByRole("option", { name: /^1\.1\.1 — / }).waitFor();
    await page.keyboard.press("Enter");
    expect(await combo.inputValue()).toBe("1.1");
    await page.getByRole("combobox", { name: "Kedalaman" }).click();
    await page.getByRole("option", { name: "2 level teratas" }).click();
    await preview().locator(`svg[viewBox="${want.viewBox}"]`).waitFor();
    expect(await kodes()).toEqual(want.kodes);
    expect(want.kodes.length).toBeLessThan(expected("down").kodes.length);
    await shot("subtree");
  });

  test("Ekspor SVG downloads a well-formed SVG holding the workbook's text, escaped", async () => {
    const file = path.join(tmp, "dinas.xlsx");
    const tricky = sample((wb) => (wb.getWorksheet("Tujuan RPD")!.getCell("C2").value = TRICKY));
    await tricky.wb.xlsx.writeFile(file);
    await page.getByTestId("file-input").setInputFiles(file);
    await page.getByText("Berkas: dinas.xlsx").waitFor();
    await preview()
      .locator(`svg[viewBox="${expected("down", tricky.data).viewBox}"]`)
      .waitFor();
    expect(await preview().locator("svg").textContent()).toContain(TRICKY);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Ekspor SVG" }).click(),
    ]);
    const year = buildModel(tricky.data).settings.reportYear;
    expect(download.suggestedFilename()).toBe(`pohon-kinerja-${year}.svg`);
    const saved = path.join(tmp, "diagram.svg");
    await download.saveAs(saved);
    const svg = fs.readFileSync(saved, "utf8");
    execFileSync("xmllint", ["--noout", saved]); // throws when it is not well-formed XML
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain("A &amp; B &lt;C&gt; &quot;D&quot; &#39;E&#39;");
    expect(svg).not.toContain(TRICKY);
    expect(svg).toContain("Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak");
    expect([...svg.matchAll(/<g data-kode="([^"]*)"/g)].map((m) => m[1])).toEqual(
      expected("down", tricky.data).kodes,
    );
  });

  test("Buat writes the four generated sheets; Unduh gives an .xlsx with them and the level sheets unchanged", async () => {
    const year = buildModel(sample().data).settings.reportYear;
    const generated = ["Pohon Kinerja", "Cascading", `Capaian ${year}`, "Hasil Pemeriksaan"];
    await page.getByRole("button", { name: "Buat", exact: true }).click();
    const done = page.getByText(/^Lembar dibuat: /);
    await done.waitFor();
    await shot("done");
    // Buat disabled itself while it ran: the focus is on its result, not dropped to the page.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
      "build-result",
    );
    expect(await done.textContent()).toBe(
      `Lembar dibuat: ${generated.join(", ")}. Tekan Unduh untuk menyimpan berkasnya.`,
    );
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Unduh" }).click(),
    ]);
    const saved = path.join(tmp, "dibuat.xlsx");
    await download.saveAs(saved);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(saved);
    expect(back.worksheets.map((ws) => ws.name)).toEqual([...LEVELS, ...generated]);
    const levelsOf = (data: WorkbookData) => data.sheets.filter((s) => LEVELS.includes(s.name));
    expect(levelsOf(await readXlsx(fs.readFileSync(saved)))).toEqual(levelsOf(sample().data));
    const diagram = back.getWorksheet("Pohon Kinerja")!;
    expect(
      Object.keys(diagram.model.merges ?? {}).length + (diagram.model.merges?.length ?? 0),
    ).toBeGreaterThan(0);
  });

  test("a workbook with a sheet left unticked builds only the others", async () => {
    await page.getByRole("checkbox", { name: "Hasil Pemeriksaan" }).click();
    await page.getByRole("checkbox", { name: "Pohon Kinerja" }).click();
    await page.getByRole("button", { name: "Buat", exact: true }).click();
    const year = buildModel(sample().data).settings.reportYear;
    await page.getByText(`Lembar dibuat: Cascading, Capaian ${year}.`, { exact: false }).waitFor();
  });
});
