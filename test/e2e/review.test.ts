/**
 * End-to-end: the reviewer's notes in the pane outside Office (chromium at 350 × 900, axe-core
 * and the overflow check in every state): two findings excepted with their reasons, the list
 * checked again, the counts down by exactly those, and the toggle showing them marked.
 */
import ExcelJS from "exceljs";
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { applyPlan } from "../../src/adapters/xlsx/applyPlan";
import { workbookToData } from "../../src/adapters/xlsx/readWorkbook";
import { checkAction, findingGroups, templateAction } from "../../src/core/actions";
import type { Finding } from "../../src/core/rules/types";
import { expectAccessible, openPane } from "./helpers/a11y";
import { ARTIFACTS, CHROMIUM, paneInChromium } from "./paneBuild";

const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[e2e] ${CHROMIUM} is missing: the review-note browser tests are skipped.`);

/** The sample as the pane opens it, checked by the core directly. */
function sampleFindings(): Finding[] {
  const wb = new ExcelJS.Workbook();
  applyPlan(wb, templateAction({ sample: true, lang: "id" }).plan);
  return checkAction(workbookToData(wb), { lang: "id", now: new Date() }).findings;
}
const sameKey = (a: Finding) => (b: Finding) => a.rule === b.rule && a.kode === b.kode;

(hasChromium ? describe : describe.skip)("review notes in the pane outside Office (chromium, 350 px)", () => {
  const pane = paneInChromium();
  let page: Page;

  beforeEach(async () => {
    page = await openPane(pane.browser, pane.url);
  });
  afterEach(async () => page.close());

  const shot = (name: string) =>
    page.screenshot({ path: path.join(ARTIFACTS, `review-${name}.png`), fullPage: true });
  const heading = () => page.getByRole("heading", { name: /temuan$/ }).textContent();
  const findingButton = (f: Finding) =>
    page.locator(`button[data-rule="${f.rule}"][data-cell="${f.sheet}!${f.cell}"]`);

  /** Opens the finding's rule group (large groups start closed). */
  async function openGroup(rule: string) {
    const head = page.locator(`button[data-group="${rule}"]`);
    if ((await head.getAttribute("aria-expanded")) === "false") await head.click();
  }

  async function except(f: Finding, reason: string, tryEmpty = false) {
    await openGroup(f.rule);
    await findingButton(f).click();
    const actions = page.getByRole("group", { name: "Catatan reviu untuk temuan ini" });
    await actions.getByRole("button", { name: "Kecualikan…" }).click();
    const dialog = page.getByRole("dialog", { name: "Kecualikan temuan" });
    await dialog.waitFor();
    if (tryEmpty) {
      await expectAccessible(page, "Kecualikan › dialog open");
      await dialog.getByRole("button", { name: "Simpan" }).click();
      await dialog.getByText("Tulis alasannya dulu.").waitFor();
      await shot("reason-required");
      expect(await dialog.isVisible()).toBe(true);
      await expectAccessible(page, "Kecualikan › reason required");
    }
    await dialog.getByRole("textbox", { name: /Alasan/ }).fill(reason);
    await dialog.getByRole("button", { name: "Simpan" }).click();
    await page.getByText("Catatan reviu ditulis.").waitFor();
    // The dialog is gone and the pane is reachable again: nothing it hid stays aria-hidden.
    await dialog.waitFor({ state: "detached" });
    await page.waitForFunction(
      () => document.querySelectorAll("main [aria-hidden='true'] button").length === 0,
    );
    expect(await page.getByRole("button", { name: "Periksa", exact: true }).isEnabled()).toBe(true);
    // The focus lands on the result, not on the page.
    await page.waitForFunction(() => document.activeElement?.tagName === "SECTION");
  }

  test("Kecualikan on two findings with reasons: the re-check drops exactly those and the toggle shows them marked", async () => {
    const expected = sampleFindings();
    // Two findings of the first page with a Kode, of different rule + Kode.
    const page1 = expected.slice(0, 100).filter((f) => f.kode);
    const a = page1[0]!;
    const b = page1.find((f) => !sameKey(a)(f))!;
    // Each finding's row is the first of its rule and indicator (the cell its button names).
    expect(expected.find(sameKey(a))).toBe(a);
    expect(expected.find(sameKey(b))).toBe(b);
    const covered = expected.filter((f) => sameKey(a)(f) || sameKey(b)(f)).length;

    await page.getByRole("button", { name: "Periksa", exact: true }).click();
    await openGroup(a.rule);
    await findingButton(a).waitFor();
    expect(await heading()).toBe(`${expected.length} temuan`);
    await expectAccessible(page, "Periksa › list");

    await except(a, "Disepakati dengan Bappeda", true);
    await page.waitForFunction(
      (n) => document.querySelector("h2")?.textContent === `${n} temuan`,
      expected.filter((f) => !sameKey(a)(f)).length,
    );
    await expectAccessible(page, "Kecualikan › after the first");
    await except(b, "Target mengikuti RPJMD perubahan");
    await page.waitForFunction(
      (n) => document.querySelector("h2")?.textContent === `${n} temuan`,
      expected.length - covered,
    );
    expect(await page.getByTestId("excepted-count").textContent()).toBe(`${covered} dikecualikan`);
    expect(await findingButton(a).count()).toBe(0);
    await shot("excepted");

    await page.getByRole("switch", { name: "Tampilkan yang dikecualikan" }).click();
    const marked = page.locator('button[data-excepted="true"]');
    await openGroup(a.rule);
    await openGroup(b.rule);
    await marked.first().waitFor();
    // One row per rule and indicator: the excepted findings' rows, each counting its cells.
    const rows = findingGroups(
      expected.filter((f) => sameKey(a)(f) || sameKey(b)(f)),
      "id",
    ).flatMap((g) => g.items);
    expect(await marked.evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-count"))))).toEqual(
      rows.map((i) => i.cells.length),
    );
    expect(await findingButton(a).first().textContent()).toContain("Dikecualikan: Disepakati dengan Bappeda");
    // The summary still counts only what is not excepted.
    expect(await heading()).toBe(`${expected.length - covered} temuan`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
    await shot("excepted-shown");
    await expectAccessible(page, "Kecualikan › excepted shown");
  });

  test("outside Office, Sisipkan rumus capaian says it works in Excel", async () => {
    await page.getByRole("tab", { name: "Buat" }).click();
    await page.getByText(/Sisipkan rumus capaian bekerja di Excel/).waitFor();
    expect(await page.getByRole("button", { name: "Ambil pilihan" }).count()).toBe(0);
  });
});
