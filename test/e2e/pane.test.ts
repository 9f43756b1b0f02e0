/**
 * End-to-end: the task pane opened outside Office in Debian's chromium (playwright-core),
 * built once with webpack in production mode. Screenshots go to test/artifacts/ (git-ignored).
 */
import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { explainOfficeError } from "../../src/adapters/office/errors";
import { applyPlan } from "../../src/adapters/xlsx/applyPlan";
import { readXlsx, workbookToData } from "../../src/adapters/xlsx/readWorkbook";
import { findingGroups } from "../../src/core/actions";
import { templatePlan } from "../../src/core/plans/templatePlan";
import { checkWorkbook } from "../../src/core/rules/runChecks";
import type { Finding } from "../../src/core/rules/types";
import { BANJARNEGARA } from "../../src/core/sample";
import { ARTIFACTS, CHROMIUM, paneInChromium } from "./paneBuild";

const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[e2e] ${CHROMIUM} is missing: the task pane's browser tests are skipped.`);

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Stands in for Office's CDN script: an Excel host whose every call is refused (a protected workbook). */
const FAKE_OFFICE_JS = `
  window.Office = {
    HostType: { Excel: "Excel" },
    context: { displayLanguage: "en-US", requirements: { isSetSupported: function () { return true; } } },
    onReady: function () { return Promise.resolve({ host: "Excel", platform: "PC" }); },
  };
  window.Excel = {
    run: function () { var e = new Error("Access denied."); e.code = "AccessDenied"; return Promise.reject(e); },
  };
`;

/** The sample as the pane builds it, checked by the core directly: what the pane must show. */
function sampleFindings(lang: "id" | "en") {
  const wb = new ExcelJS.Workbook();
  applyPlan(wb, templatePlan(BANJARNEGARA, lang));
  return checkWorkbook(workbookToData(wb), { lang });
}

/**
 * What the grouped list shows first: per rule a heading with its counts, open when it has at
 * most 10 rows (or is the only group), and then each row's first cell (per indicator).
 */
function listed(findings: readonly Finding[], lang: "id" | "en" = "id") {
  const groups = findingGroups(findings, lang);
  const open = (g: (typeof groups)[number]) => groups.length === 1 || g.items.length <= 10;
  return {
    groups: groups.map((g) => [g.rule, open(g) ? "true" : "false", g.countLabel]),
    cells: groups.filter(open).flatMap((g) => g.items.slice(0, 100).map((i) => `${i.sheet}!${i.cell}`)),
    rows: (rule: string) => groups.find((g) => g.rule === rule)!.items,
  };
}

(hasChromium ? describe : describe.skip)("task pane outside Office (chromium)", () => {
  const pane = paneInChromium();
  let page: Page;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-e2e-"));

  afterAll(async () => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  beforeEach(async () => {
    // The pane's narrowest width in Excel.
    page = await pane.browser.newPage({ viewport: { width: 320, height: 800 }, acceptDownloads: true });
    await page.goto(`${pane.url}taskpane.html`);
    await page.locator('[data-ready="true"]').waitFor({ timeout: 30_000 });
  });

  afterEach(async () => {
    await page.close();
  });

  const shot = (name: string) =>
    page.screenshot({ path: path.join(ARTIFACTS, `pane-${name}.png`), fullPage: true });
  const checkButton = () => page.getByRole("button", { name: "Periksa", exact: true });
  const findingList = () => page.getByRole("list", { name: "Daftar temuan" });
  const findingButtons = () => findingList().locator("button[data-cell]");
  const groupHeads = () =>
    findingList()
      .locator("button[data-group]")
      .evaluateAll((els) =>
        els.map((e) => [
          e.getAttribute("data-group"),
          e.getAttribute("aria-expanded"),
          e.querySelector("span:nth-child(3)")?.textContent,
        ]),
      );
  const shownCells = () =>
    findingButtons().evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.cell));

  test("the pane opens outside Office on the Banjarnegara sample, with a banner saying it is not inside Excel", async () => {
    await shot("start");
    expect(await page.getByText("Tidak di dalam Excel.").isVisible()).toBe(true);
    expect(await page.getByText(/^Berkas: /).textContent()).toBe("Berkas: pohon-kinerja-banjarnegara.xlsx");
    await expectTabs(page, ["Periksa", "Buat", "Impor", "Templat", "Gabung", "Bandingkan"]);
    // No horizontal scrolling at 320 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test("Periksa lists the findings grouped by rule and indicator; a large group opens on demand and clicking a row highlights its cell", async () => {
    const expected = sampleFindings("id");
    const want = listed(expected);
    expect(want.rows("POKIN011").length).toBeGreaterThan(10);

    await checkButton().click();
    await findingList().locator("button[data-group]").first().waitFor();
    await shot("findings");
    expect(await page.getByRole("heading", { name: /temuan$/ }).textContent()).toBe(
      `${expected.length} temuan`,
    );
    // One heading per rule with its counts; the large POKIN011 group starts closed, so the
    // structural warnings are in sight.
    expect(await groupHeads()).toEqual(want.groups);
    expect(await shownCells()).toEqual(want.cells);

    await findingList().locator('button[data-group="POKIN011"]').click();
    expect(await findingList().locator('button[data-group="POKIN011"]').getAttribute("aria-expanded")).toBe(
      "true",
    );
    const rows = want.rows("POKIN011");
    const cells = await findingList()
      .locator('button[data-rule="POKIN011"]')
      .evaluateAll((els) =>
        els.map((e) => [(e as HTMLElement).dataset.cell, (e as HTMLElement).dataset.count]),
      );
    expect(cells).toEqual(rows.map((i) => [`${i.sheet}!${i.cell}`, String(i.cells.length)]));
    // One row per indicator: "[1] Target 2023–2026 kosong." once.
    const first = rows[0]!;
    const button = page.locator(`button[data-rule="POKIN011"][data-cell="${first.sheet}!${first.cell}"]`);
    expect(await button.textContent()).toContain(first.message);
    expect(first.message).toMatch(/Target \d{4}–\d{4} kosong/);
    await button.click();
    expect(await button.getAttribute("aria-current")).toBe("true");
    expect(await highlightedCell(page)).toBe(`${first.sheet}!${first.cell}`);
    await shot("finding-selected");

    // Keyboard: Tab to the next row, Enter selects its first cell.
    const second = rows[1]!;
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(await highlightedCell(page)).toBe(`${second.sheet}!${second.cell}`);
    // Enter on a group's heading closes it.
    await findingList().locator('button[data-group="POKIN011"]').focus();
    await page.keyboard.press("Enter");
    expect(await findingList().locator('button[data-rule="POKIN011"]').count()).toBe(0);
  });

  test("the severity and sheet filters narrow the list", async () => {
    const expected = sampleFindings("id");
    await checkButton().click();
    await findingList().locator("button[data-group]").first().waitFor();
    const errorsToggle = page
      .getByRole("group", { name: "Tampilkan tingkat" })
      .getByRole("button", { name: /^Kesalahan/ });
    await errorsToggle.click();
    expect(await errorsToggle.getAttribute("aria-pressed")).toBe("false");
    const warnings = expected.filter((f) => f.severity !== "error");
    expect(await shownCells()).toEqual(listed(warnings).cells);

    await errorsToggle.click();
    const sheet = expected[expected.length - 1]!.sheet;
    await page.getByRole("combobox", { name: "Lembar" }).click();
    await page.getByRole("option", { name: sheet, exact: true }).click();
    const onSheet = expected.filter((f) => f.sheet === sheet);
    expect(await groupHeads()).toEqual(listed(onSheet).groups);
    expect(await shownCells()).toEqual(listed(onSheet).cells);
    await shot("filtered");
  });

  test("a broken .xlsx opened from disk gives a clear message, no stack trace, and keeps the open workbook", async () => {
    const broken = path.join(tmp, "rusak.xlsx");
    // A ZIP signature followed by garbage: it looks like an .xlsx until ExcelJS reads it.
    fs.writeFileSync(broken, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
    await page.getByTestId("file-input").setInputFiles(broken);
    await page.getByText(/tidak dapat dibaca/).waitFor();
    await shot("broken-file");
    const message = await page.getByText(/tidak dapat dibaca/).textContent();
    expect(message).toBe(
      "Tidak berhasil" +
        "Berkas “rusak.xlsx” tidak dapat dibaca sebagai buku kerja Excel (.xlsx). Pastikan berkasnya .xlsx yang utuh dan tidak dikunci kata sandi.",
    );
    expect(await page.locator("body").textContent()).not.toMatch(/\bat \S+ \(|Error:|\.js:\d+/);
    expect(await page.getByText(/^Berkas: /).textContent()).toBe("Berkas: pohon-kinerja-banjarnegara.xlsx");

    const text = path.join(tmp, "catatan.xlsx");
    fs.writeFileSync(text, "bukan excel");
    await page.getByTestId("file-input").setInputFiles(text);
    await page.getByText("Berkas “catatan.xlsx” tidak dapat dibaca", { exact: false }).waitFor();
  });

  test("an .xlsx opened from disk is checked, and the result is offered as a download", async () => {
    const wb = new ExcelJS.Workbook();
    applyPlan(wb, templatePlan(BANJARNEGARA, "id"));
    wb.getWorksheet("Program")!.getCell("A2").value = null; // a row without Kode: POKIN003
    const file = path.join(tmp, "dinas.xlsx");
    await wb.xlsx.writeFile(file);
    const expected = checkWorkbook(await readXlsx(fs.readFileSync(file)), { lang: "id" });
    // Opening and checking read the file with Pokin's reader: the check runs in the pane's
    // worker (its own chunks), but ExcelJS's chunk is not fetched for them (issue 15 §4).
    const chunks: string[] = [];
    page.on("request", (r) => {
      if (r.url().endsWith(".js")) chunks.push(r.url());
    });

    await page.getByTestId("file-input").setInputFiles(file);
    await page.getByText("Berkas: dinas.xlsx").waitFor();
    await checkButton().click();
    await findingList().locator("button[data-group]").first().waitFor();
    const excelJs: string[] = [];
    for (const url of chunks) {
      const body = await (await page.request.get(url)).text();
      if (/\.ExcelJS\s*=/.test(body)) excelJs.push(url);
    }
    expect(excelJs).toEqual([]);
    expect(await page.getByRole("heading", { name: /temuan$/ }).textContent()).toBe(
      `${expected.length} temuan`,
    );
    expect(await page.locator('button[data-rule="POKIN003"]').count()).toBe(
      listed(expected).rows("POKIN003").length,
    );

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Unduh" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("dinas.xlsx");
    const saved = path.join(tmp, "unduhan.xlsx");
    await download.saveAs(saved);
    const back = await readXlsx(fs.readFileSync(saved));
    expect(checkWorkbook(back, { lang: "id" })).toEqual(expected);
  });

  test("switching to English changes the labels and re-words the findings", async () => {
    await checkButton().click();
    await findingList().locator("button[data-group]").first().waitFor();
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("button", { name: "Check", exact: true }).waitFor();
    await shot("english");
    await expectTabs(page, ["Check", "Build", "Import", "Template", "Consolidate", "Compare"]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.getByText("Not inside Excel.").waitFor();
    const expected = sampleFindings("en");
    // The groups' counts and the rows' messages are in English.
    const en = findingGroups(expected, "en");
    const first = page.getByRole("list", { name: "Findings" }).locator("button[data-group]").first();
    expect(await first.textContent()).toContain(en[0]!.countLabel);
    expect(await first.textContent()).toContain("Error");
    const row = page.getByRole("list", { name: "Findings" }).locator("button[data-cell]").first();
    const item = en.find((g) => g.items.length <= 10)!.items[0]!;
    expect(await row.textContent()).toContain(item.message);
    expect(await page.getByRole("heading", { name: /findings$/ }).textContent()).toBe(
      `${expected.length} findings`,
    );
  });

  test("opened by Excel (office.js answering), the pane speaks Office's language, has no browser banner and explains Excel's errors", async () => {
    await page.route(OFFICE_JS, (route) =>
      route.fulfill({ contentType: "text/javascript", body: FAKE_OFFICE_JS }),
    );
    await page.goto(`${pane.url}taskpane.html?_host_Info=Excel$Win32$16.01$en-US$$$$0`);
    await page.getByRole("button", { name: "Check", exact: true }).click();
    const expected = explainOfficeError({ code: "AccessDenied" }).en;
    await page.getByText(expected).waitFor();
    await shot("office-error");
    expect(await page.getByText("Not inside Excel.").count()).toBe(0);
    expect(await page.getByTestId("file-input").count()).toBe(0);
  });

  test("opened by Office without a network, the pane says office.js could not load and still works on the sample", async () => {
    await page.route(OFFICE_JS, (route) => route.abort());
    await page.goto(`${pane.url}taskpane.html?_host_Info=Excel$Win32$16.01$id-ID$$$$0`);
    await page.getByText("Office.js tidak dapat dimuat", { exact: false }).waitFor();
    await page.locator('[data-ready="true"]').waitFor();
    await checkButton().click();
    await findingList().locator("button[data-group]").first().waitFor();
  });

  test("Templat over the sample's sheets writes nothing and says so, instead of reporting success", async () => {
    await page.getByRole("tab", { name: "Templat" }).click();
    await page.getByRole("button", { name: "Buat struktur kosong" }).click();
    await page.getByText(/^Tidak ada yang ditulis: lembar Pengaturan, /).waitFor();
    await shot("template");
    expect(await page.getByText(/Lembar yang belum ada sudah dibuat/).count()).toBe(0);
    await page.getByRole("tab", { name: "Impor" }).click();
    await page.getByText("Sumber templat").waitFor();
  });
});

/** The tabs, in order, by their accessible names (Fluent draws a hidden bold copy of each label). */
async function expectTabs(page: Page, names: readonly string[]): Promise<void> {
  const tabs = page.getByRole("tab");
  expect(await tabs.count()).toBe(names.length);
  for (const [i, name] of names.entries()) {
    expect(await tabs.nth(i).getAttribute("aria-selected")).toBe(i === 0 ? "true" : "false");
    expect(await page.getByRole("tab", { name, exact: true }).count()).toBe(1);
    expect(await tabs.nth(i).evaluate((el, n) => el.textContent?.startsWith(n), name)).toBe(true);
  }
}

/** The grid preview's highlighted cell, as "Sheet!A1" read from its row and column headers. */
async function highlightedCell(page: Page): Promise<string> {
  const preview = page.getByTestId("grid-preview");
  await preview.locator("td[data-selected]").waitFor();
  return preview.evaluate((root) => {
    const td = root.querySelector("td[data-selected]") as HTMLTableCellElement;
    const row = td.parentElement!.querySelector("th")!.textContent;
    const col = root.querySelectorAll("thead th")[td.cellIndex]!.textContent;
    const caption = root.querySelector("[role=status]")!.textContent ?? "";
    const sheet = /lembar (.*), sel/.exec(caption)?.[1] ?? /sheet (.*), cell/.exec(caption)?.[1];
    return `${sheet}!${col}${row}`;
  });
}
