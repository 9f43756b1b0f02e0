/**
 * End-to-end: the Gabung and Bandingkan tabs outside Office at 350 × 900 (Debian's chromium,
 * axe-core in every state). Gabung consolidates the three sample OPD files and the download is
 * read back with ExcelJS; Bandingkan compares a revision of the sample (three targets changed,
 * one row re-coded) with the sample and lists exactly those changes. Screenshots go to
 * test/artifacts/ (git-ignored).
 */
import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { applyPlan } from "../../src/adapters/xlsx/applyPlan";
import { readXlsx } from "../../src/adapters/xlsx/readWorkbook";
import { buildModel } from "../../src/core/model/buildModel";
import { templatePlan } from "../../src/core/plans/templatePlan";
import { BANJARNEGARA, CONTOH_BAGIAN_ORGANISASI, CONTOH_DINKES } from "../../src/core/sample";
import { CHANGES_SHEET, REKAP_SHEET } from "../../src/core/sheets";
import { cellText } from "../../src/core/text";
import { writeSampleSet } from "../cli/pemdaFiles";
import { expectAccessible, openPane } from "./helpers/a11y";
import { ARTIFACTS, CHROMIUM, paneInChromium } from "./paneBuild";

const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[e2e] ${CHROMIUM} is missing: the Gabung/Bandingkan tests are skipped.`);

/** The planted edits of the revision: [sheet, Kode, column, new value]. */
const TARGETS: readonly [string, string, string, number][] = [
  ["Tujuan OPD", "1.1", "Target 2024", 12],
  ["Program", "1.1.1", "Target 2026", 80],
  ["Kegiatan", "1.1.1.1", "Target 2025", 120],
];
// A Kode no row of the sample has (1.1.1.1.9 is taken).
const RECODE = { sheet: "Sub Kegiatan", from: "1.1.1.1.1", to: "1.1.1.1.99" };

/** The Banjarnegara sample as `pokin init --sample` writes it, with `edit` applied to its sheets. */
async function writeSample(file: string, edit?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  applyPlan(wb, templatePlan(BANJARNEGARA, "id"));
  edit?.(wb);
  await wb.xlsx.writeFile(file);
  return file;
}

/** The cell under `header` in the row of Kode `kode` (headers in row 1, Kode in column A). */
function cellOf(wb: ExcelJS.Workbook, sheet: string, kode: string, header: string): ExcelJS.Cell {
  const ws = wb.getWorksheet(sheet)!;
  const head = ws.getRow(1).values as unknown[];
  const col = head.findIndex((h) => h === header);
  let row = -1;
  ws.eachRow((r, n) => {
    if (cellText(r.getCell(1).value) === kode) row = n;
  });
  if (col < 1 || row < 2) throw new Error(`no ${header} of ${kode} in ${sheet}`);
  return ws.getCell(row, col);
}

(hasChromium ? describe : describe.skip)("Gabung and Bandingkan in the pane at 350 px (chromium)", () => {
  const pane = paneInChromium();
  let page: Page;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-e2e-pemda-"));
  afterEach(async () => {
    await page?.close();
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const shot = (name: string) =>
    page.screenshot({ path: path.join(ARTIFACTS, `pemda-${name}.png`), fullPage: true });
  const tab = (name: string) => page.getByRole("tab", { name, exact: true });

  test("Gabung on the three sample OPD files: the downloaded Pemda workbook adds up, Kodes unique", async () => {
    const set = await writeSampleSet(path.join(tmp, "opd"));
    page = await openPane(pane.browser, pane.url);
    await tab("Gabung").click();
    await expectAccessible(page, "Gabung › start");

    await page.getByTestId("gabung-files").setInputFiles([set.dinsos, set.dinkes, set.org]);
    await page.getByText("3 berkas dipilih").waitFor();
    await expectAccessible(page, "Gabung › files chosen");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Gabungkan dan unduh" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("pemda.xlsx");
    const saved = path.join(tmp, "pemda.xlsx");
    await download.saveAs(saved);
    await page.getByTestId("gabung-done").waitFor();
    await expectAccessible(page, "Gabung › done");
    await shot("gabung");

    const back = await readXlsx(fs.readFileSync(saved));
    const model = buildModel(back);
    const opds = [BANJARNEGARA, CONTOH_DINKES, CONTOH_BAGIAN_ORGANISASI];
    // Level 1 (the Tujuan RPD the three share) once; every other level adds up the OPDs' rows.
    const level1 = new Set(opds.flatMap((c) => c.levels[0]!.rows.map((r) => r.kode)));
    const expected = [
      level1.size,
      ...[1, 2, 3, 4].map((i) => opds.reduce((n, c) => n + c.levels[i]!.rows.length, 0)),
    ];
    expect(model.levels.map((l) => l.indicators.length)).toEqual(expected);
    const kodes = model.indicators.map((i) => i.kode);
    expect(new Set(kodes).size).toBe(kodes.length);
    expect(back.sheets.map((s) => s.name)).toContain(REKAP_SHEET);
    const total = expected.reduce((a, b) => a + b, 0);
    await page
      .getByText(`3 Perangkat Daerah, ${total} indikator (${expected.join(" / ")} per level)`, {
        exact: false,
      })
      .waitFor();
  }, 180_000);

  test("Gabung on the labelled samples without files: listed as examples", async () => {
    page = await openPane(pane.browser, pane.url);
    await tab("Gabung").click();
    await page.getByRole("button", { name: "Pakai 3 contoh OPD" }).click();
    const chosen = await page.getByTestId("gabung-chosen").locator("li").allTextContents();
    expect(chosen).toEqual([
      "contoh-dinsos-banjarnegara.xlsx (contoh)",
      "contoh-rekaan-dinkes.xlsx (contoh)",
      "contoh-rekaan-bagian-organisasi.xlsx (contoh)",
    ]);
    await expectAccessible(page, "Gabung › samples");
  }, 120_000);

  test("Bandingkan: three targets changed and one row re-coded give exactly those four changes", async () => {
    const old = await writeSample(path.join(tmp, "renstra-awal.xlsx"));
    const revised = await writeSample(path.join(tmp, "renstra-perubahan.xlsx"), (wb) => {
      for (const [sheet, kode, header, value] of TARGETS) cellOf(wb, sheet, kode, header).value = value;
      cellOf(wb, RECODE.sheet, RECODE.from, "Kode").value = RECODE.to;
    });
    page = await openPane(pane.browser, pane.url);
    await page.getByTestId("file-input").setInputFiles(revised);
    await page.getByText("Berkas: renstra-perubahan.xlsx").waitFor();
    await tab("Bandingkan").click();
    await expectAccessible(page, "Bandingkan › start");

    await page.getByTestId("compare-file").setInputFiles(old);
    await page.getByTestId("compare-counts").waitFor();
    const items = page.getByRole("list", { name: "Daftar perubahan" }).getByRole("button");
    const listed = await items.evaluateAll((els) =>
      els.map((e) => [e.getAttribute("data-kind"), e.getAttribute("data-kode"), e.getAttribute("data-cell")]),
    );
    expect(listed.map(([kind, kode]) => [kind, kode]).sort()).toEqual(
      [...TARGETS.map(([, kode]) => ["changed", kode]), ["recoded", RECODE.to]].sort(),
    );
    expect(await page.getByTestId("compare-counts").textContent()).toBe(
      "4 perubahan: 1 kode diubah, 3 nilai diubah",
    );
    // The diagram marks the four boxes and says what the marks mean.
    const svg = await page.getByTestId("diagram-preview").innerHTML();
    expect(svg.match(/>DIUBAH<\/tspan>/g)).toHaveLength(4);
    expect(svg).toContain('data-legend="marks"');
    await expectAccessible(page, "Bandingkan › changes");
    await shot("compare");

    // Clicking a change selects its cell: the grid preview shows it.
    await page.locator(`[data-kode="1.1.1"][data-kind="changed"]`).click();
    const cell = (await page.locator(`[data-kode="1.1.1"][data-kind="changed"]`).getAttribute("data-cell"))!;
    await page.getByTestId("grid-preview").locator("[data-selected]").waitFor();
    expect(await page.getByTestId("grid-preview").locator("[data-selected]").textContent()).toBe("80");
    expect(cell).toMatch(/^Program!M\d+$/);

    // Filters: by kind, then by level.
    await page.getByRole("group", { name: "Jenis perubahan" }).locator('[data-kind="changed"]').click();
    expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute("data-kind")))).toEqual([
      "recoded",
    ]);
    await page.getByRole("group", { name: "Jenis perubahan" }).locator('[data-kind="changed"]').click();
    await page.getByRole("combobox", { name: "Level" }).click();
    await page.getByRole("option", { name: "Kegiatan", exact: true }).click();
    expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute("data-kode")))).toEqual([
      "1.1.1.1",
    ]);
    await expectAccessible(page, "Bandingkan › filtered");

    // Perubahan on request, then Unduh: one row per change.
    await page.getByRole("button", { name: "Tulis lembar Perubahan" }).click();
    await page.getByText("Lembar Perubahan ditulis.", { exact: false }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Unduh" }).click(),
    ]);
    const saved = path.join(tmp, "dengan-perubahan.xlsx");
    await download.saveAs(saved);
    const back = await readXlsx(fs.readFileSync(saved));
    const sheet = back.sheets.find((s) => s.name === CHANGES_SHEET)!;
    const texts = sheet.values.flat().map((v) => cellText(v));
    expect(texts.filter((t) => /^Target 20\d\d: /.test(t))).toHaveLength(3);
    expect(texts.filter((t) => t.startsWith("Kode diubah: "))).toEqual([
      `Kode diubah: ${RECODE.from} → ${RECODE.to}`,
    ]);
    await expectAccessible(page, "Bandingkan › written");
  }, 180_000);
});
