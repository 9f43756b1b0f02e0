/**
 * End-to-end: the pane on a 20,000-indicator workbook at a real task pane's size (350 × 900) in
 * Debian's chromium (issue 11 §7 and "Done means"). The workbook is generated here with the
 * benches' generator, opened through the file input, checked, then every tab is shown: axe-core
 * finds no violation and nothing overflows the pane sideways in any state, the heavy work runs
 * in the pane's Web Worker, and Buat's preview shows the levels that fit, saying so.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { MIN_PREVIEW_ZOOM, PREVIEW_WIDTH } from "../../src/core/actions/previewBranches";
import { generateWorkbook } from "../helpers/bigWorkbook";
import { expectAccessible, openPane } from "./helpers/a11y";
import { ARTIFACTS, CHROMIUM, paneInChromium } from "./paneBuild";

// Generating, opening and checking 20,000 indicators on a shared 2-core machine.
jest.setTimeout(300_000);

const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[e2e] ${CHROMIUM} is missing: the 20,000-indicator pane test is skipped.`);

(hasChromium ? describe : describe.skip)(
  "the pane on 20,000 indicators at 350 × 900 (chromium, axe-core)",
  () => {
    const pane = paneInChromium();
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-e2e-large-"));
    const file = path.join(tmp, "besar.xlsx");
    let page: Page;

    beforeAll(() => generateWorkbook(file, 20_000), 300_000);
    afterEach(async () => {
      await page?.close();
    });
    afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

    const tab = (name: string) => page.getByRole("tab", { name, exact: true });
    const shot = (name: string) =>
      page.screenshot({ path: path.join(ARTIFACTS, `large-${name}.png`), fullPage: true });

    test("open, Periksa and every tab: no axe violation, no sideways overflow, a preview of what fits", async () => {
      page = await openPane(pane.browser, pane.url);
      await page.getByTestId("file-input").setInputFiles(file);
      await page.getByText("Berkas: besar.xlsx").waitFor({ timeout: 120_000 });
      await expectAccessible(page, "20k › opened");

      await page.getByRole("button", { name: "Periksa", exact: true }).click();
      const list = page.getByRole("list", { name: "Daftar temuan" });
      await list.getByRole("button").first().waitFor({ timeout: 120_000 });
      expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
        "Hasil pemeriksaan",
      );
      // The check ran in the pane's worker (the page's main thread only shows it).
      expect(page.workers().length).toBe(1);
      // Thousands of findings, yet the list draws one page of them.
      expect(await list.getByRole("listitem").count()).toBeLessThanOrEqual(200);
      await expectAccessible(page, "20k › Periksa › findings");
      await shot("check");

      await tab("Buat").click();
      const notice = page.getByTestId("preview-notice");
      await notice.waitFor({ timeout: 120_000 });
      // 20,000 indicators, two per statement: 100 boxes on level 1, too many to read side by
      // side at 350 px (1.3 %). The first branches that stay readable are drawn, and said so.
      const said =
        /^Pratinjau menampilkan (\d+) cabang pertama dari 100, hanya tingkat teratas; pilih satu cabang \(Kode\) untuk melihat yang lain\.$/.exec(
          (await notice.textContent()) ?? "",
        );
      expect(said).not.toBeNull();
      const shown = Number(said![1]);
      expect(shown).toBeGreaterThan(1);
      const preview = page.getByTestId("diagram-preview");
      expect(await preview.getAttribute("aria-label")).toBe(
        `Pratinjau diagram Pohon Kinerja, ${shown} kotak`,
      );
      expect(await preview.locator("svg g[data-kode]").count()).toBe(shown);
      expect(await page.getByText(/^Perbesaran 0%$/).count()).toBe(0);
      const [svgWidth, frameWidth] = await preview.evaluate((f) => [
        f.querySelector("svg")!.getBoundingClientRect().width,
        f.clientWidth,
      ]);
      // Fitted to the frame's width at the core's readable zoom or more (its frame is PREVIEW_WIDTH wide).
      const zoom = Number(await preview.getAttribute("data-zoom"));
      expect(zoom).toBeGreaterThanOrEqual(((MIN_PREVIEW_ZOOM * (frameWidth - 2)) / PREVIEW_WIDTH) * 100 - 1);
      expect(svgWidth).toBeLessThanOrEqual(frameWidth);
      await expectAccessible(page, "20k › Buat › preview");
      await shot("build");

      // One branch: the preview goes deeper under it (its boxes fit).
      const branch = page.getByRole("combobox", { name: "Cabang (Kode)" });
      await branch.fill("1.1");
      await branch.press("Enter");
      await page.getByTestId("preview-notice").waitFor({ state: "detached", timeout: 60_000 });
      // Levels 2–5 under Kode 1.1, all of them (no notice): more than one level is drawn.
      expect(await preview.locator("svg g[data-kode]").count()).toBeGreaterThan(4);
      await expectAccessible(page, "20k › Buat › one branch");
      await shot("build-branch");

      for (const name of ["Impor", "Templat", "Gabung", "Bandingkan"]) {
        await tab(name).click();
        expect(await tab(name).getAttribute("aria-selected")).toBe("true");
        await page.getByRole("tabpanel").waitFor();
        await page.waitForLoadState("networkidle");
        await expectAccessible(page, `20k › ${name}`);
        await shot(name.toLowerCase());
      }
    });
  },
);
