/**
 * End-to-end: every tab of the pane at a real task pane's size (350 × 900) in Debian's
 * chromium, on the Banjarnegara sample: axe-core finds no violation and nothing overflows the
 * pane sideways in any state reached (issue 11 §4, §10). Screenshots go to test/artifacts/.
 */
import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { applyPlan } from "../../src/adapters/xlsx/applyPlan";
import { readXlsx } from "../../src/adapters/xlsx/readWorkbook";
import { templatePlan } from "../../src/core/plans/templatePlan";
import { EMPTY_TEMPLATE } from "../../src/core/sample";
import { pastedMatrix } from "../helpers/pastedMatrix";
import { axeViolations, expectAccessible, horizontalOverflow, openPane } from "./helpers/a11y";
import { ARTIFACTS, CHROMIUM, paneInChromium } from "./paneBuild";

// A 2-core machine shared with other jobs: the states below take seconds each there.
jest.setTimeout(240_000);

const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[e2e] ${CHROMIUM} is missing: the pane's 350 px tests are skipped.`);

(hasChromium ? describe : describe.skip)("the pane at 350 × 900 (chromium, axe-core)", () => {
  const pane = paneInChromium();
  let page: Page;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-e2e-fit-"));

  afterEach(async () => {
    await page?.close();
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const shot = (name: string) =>
    page.screenshot({ path: path.join(ARTIFACTS, `fit-${name}.png`), fullPage: true });
  const tab = (name: string) => page.getByRole("tab", { name, exact: true });

  test("every tab on the sample has no axe violation and no sideways overflow; Periksa puts the focus on its result", async () => {
    page = await openPane(pane.browser, pane.url);
    await expectAccessible(page, "start");

    await page.getByRole("button", { name: "Periksa", exact: true }).click();
    await page.getByRole("list", { name: "Daftar temuan" }).getByRole("button").first().waitFor();
    // The focus is on the result (not dropped to the page's body while the button was disabled).
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "Hasil pemeriksaan",
    );
    await expectAccessible(page, "Periksa › findings");
    await shot("check");

    for (const name of ["Buat", "Impor", "Templat", "Gabung", "Bandingkan"]) {
      await tab(name).click();
      expect(await tab(name).getAttribute("aria-selected")).toBe("true");
      await page.getByRole("tabpanel").waitFor();
      await page.waitForLoadState("networkidle");
      if (name === "Buat") {
        // The preview is drawn in the worker; Ekspor SVG turns on when it arrives. Measure after.
        await page.getByTestId("diagram-preview").waitFor();
        await page.getByRole("button", { name: "Ekspor SVG" }).and(page.locator(":enabled")).waitFor();
      }
      await expectAccessible(page, name);
      await shot(name.toLowerCase());
    }

    await page.getByRole("button", { name: "English" }).click();
    await tab("Template").waitFor();
    await expectAccessible(page, "Template (English)");
  });

  test("Impor at 350 px: the mapping fits, the role list opens inside the pane with whole labels, the action stays in view", async () => {
    const wb = new ExcelJS.Workbook();
    applyPlan(wb, templatePlan(EMPTY_TEMPLATE, "id"));
    const pasted = wb.addWorksheet("Tempel");
    pastedMatrix(40).forEach((row, r) => {
      if (row.length > 0) pasted.getRow(r + 1).values = row as ExcelJS.CellValue[];
    });
    const file = path.join(tmp, "tempel.xlsx");
    await wb.xlsx.writeFile(file);

    page = await openPane(pane.browser, pane.url);
    await page.getByTestId("file-input").setInputFiles(file);
    await page.getByText("Berkas: tempel.xlsx").waitFor();
    await tab("Impor").click();
    await page.getByTestId("mapping-table").waitFor();
    await expectAccessible(page, "Impor › mapping");
    await shot("import-mapping");

    // The action is on screen without scrolling, however long the mapping and preview are.
    const action = page.getByRole("button", { name: "Impor", exact: true });
    const box = (await action.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(900);

    // The role list of column I opens inside the pane and tells 2025 from 2026 in full.
    await page.getByRole("combobox", { name: "Peran kolom I" }).click();
    const listbox = page.getByRole("listbox");
    await listbox.waitFor();
    const lb = (await listbox.boundingBox())!;
    expect(lb.x).toBeGreaterThanOrEqual(0);
    expect(lb.x + lb.width).toBeLessThanOrEqual(350);
    for (const year of ["Target 2025", "Target 2026"]) {
      const option = listbox.getByRole("option", { name: year, exact: true });
      // Whole: the text is not cut by an ellipsis.
      expect(await option.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      expect(await option.textContent()).toBe(year);
    }
    await expectAccessible(page, "Impor › role list open");
    await shot("import-roles");
    await page.keyboard.press("Escape");
  });

  test("Templat over existing sheets says nothing was written, then replaces them after a backup or opens a new workbook", async () => {
    page = await openPane(pane.browser, pane.url);
    await tab("Templat").click();
    await page.getByRole("button", { name: "Isi contoh Banjarnegara" }).click();
    const result = page.getByTestId("template-result");
    await result.waitFor();
    const levels = ["Pengaturan", "Tujuan RPD", "Tujuan OPD", "Program", "Kegiatan", "Sub Kegiatan"];
    expect(await result.locator(".fui-MessageBarBody").textContent()).toBe(
      `Tidak ada yang ditulis: lembar ${levels.join(", ")} sudah ada di buku kerja ini, dan Templat tidak pernah menimpa lembar yang ada.`,
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
      "template-result",
    );
    await expectAccessible(page, "Templat › nothing written");
    await shot("template-kept");

    await page.getByRole("button", { name: "Ganti setelah dicadangkan" }).click();
    await page.getByText(/^Lembar Pengaturan, .* diganti\. Isi lamanya tersimpan di Cadangan Peng/).waitFor();
    await expectAccessible(page, "Templat › replaced");
    // The backups are real sheets of the workbook: Unduh saves them beside the new level sheets.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Unduh" }).click(),
    ]);
    const saved = path.join(tmp, "diganti.xlsx");
    await download.saveAs(saved);
    const names = (await readXlsx(fs.readFileSync(saved))).sheets.map((x) => x.name);
    expect(names.filter((n) => n.startsWith("Cadangan "))).toHaveLength(levels.length);
    expect(names.slice(0, levels.length)).toEqual(levels);

    await tab("Templat").click();
    await page.getByRole("button", { name: "Buat struktur kosong" }).click();
    await result.waitFor();
    await page.getByRole("button", { name: "Buka di buku kerja baru" }).click();
    await page.getByText("Berkas: pohon-kinerja.xlsx").waitFor();
    await expectAccessible(page, "Templat › new workbook");
  });

  test("the tab strip moves with the arrow keys, Home and End, and keeps only the selected tab in the Tab order", async () => {
    page = await openPane(pane.browser, pane.url);
    await tab("Periksa").focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-build");
    expect(await tab("Buat").getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("End");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-compare");
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-check");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Home");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-check");
    const tabStops = await page
      .getByRole("tab")
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).tabIndex));
    expect(tabStops).toEqual([0, -1, -1, -1, -1, -1]);
  });

  test("the checks themselves catch a nameless button and an element wider than the pane", async () => {
    page = await openPane(pane.browser, pane.url);
    await page.evaluate(() => {
      const main = document.querySelector("main")!;
      main.insertAdjacentHTML(
        "beforeend",
        '<button id="nameless"></button><p id="wide" style="width:600px">x</p>',
      );
    });
    expect((await axeViolations(page)).map((v) => [v.rule, v.target])).toEqual([
      ["button-name", "#nameless"],
    ]);
    const overflow = await horizontalOverflow(page);
    expect(overflow[0]).toMatch(/^document scrolls sideways: \d+ > 350 px$/);
    expect(overflow.some((o) => o.startsWith("p#wide “x” spans"))).toBe(true);
  });
});
