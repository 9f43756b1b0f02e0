/**
 * End-to-end: Impor in the task pane outside Office (Debian's chromium, playwright-core): an
 * .xlsx with a pasted cascading matrix is opened, its mapping read and changed, imported,
 * checked and downloaded. Screenshots go to test/artifacts/ (git-ignored).
 */
import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { applyPlan } from "../../src/adapters/xlsx/applyPlan";
import { readXlsx } from "../../src/adapters/xlsx/readWorkbook";
import { previewImport, roleLabel } from "../../src/core/import";
import { templatePlan } from "../../src/core/plans/templatePlan";
import { checkWorkbook } from "../../src/core/rules/runChecks";
import { EMPTY_TEMPLATE } from "../../src/core/sample";
import { cellText } from "../../src/core/text";
import { columnLetters } from "../../src/core/a1";
import { pastedMatrix } from "../helpers/pastedMatrix";
import { ARTIFACTS, CHROMIUM, paneInChromium } from "./paneBuild";

const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[e2e] ${CHROMIUM} is missing: the Impor browser test is skipped.`);

const ROWS = 12;

(hasChromium ? describe : describe.skip)("Impor in the task pane outside Office (chromium)", () => {
  let page: Page;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-e2e-import-"));
  const file = path.join(tmp, "tempel.xlsx");

  beforeAll(async () => {
    // The empty structure (level sheets as tables) and a matrix pasted into its own sheet.
    const wb = new ExcelJS.Workbook();
    applyPlan(wb, templatePlan(EMPTY_TEMPLATE, "id"));
    const pasted = wb.addWorksheet("Tempel");
    pastedMatrix(ROWS).forEach((row, r) => {
      if (row.length > 0) pasted.getRow(r + 1).values = row as ExcelJS.CellValue[];
    });
    pasted.mergeCells("H3:I3");
    await wb.xlsx.writeFile(file);
  }, 600_000);

  afterAll(async () => {
    await page?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });
  // After the afterAll above: the page closes before the browser does.
  const pane = paneInChromium();

  const shot = (name: string) =>
    page.screenshot({ path: path.join(ARTIFACTS, `import-${name}.png`), fullPage: true });
  const roleBox = (letter: string) => page.getByRole("combobox", { name: `Peran kolom ${letter}` });
  /** The cells of the first preview row of a level, as shown. */
  const firstRow = (level: string) =>
    page
      .locator(`[data-level="${level}"] tbody tr`)
      .first()
      .locator("td")
      .evaluateAll((tds) => tds.map((td) => td.textContent ?? ""));

  test("maps the pasted matrix, takes a changed role, imports with backups and shows the check", async () => {
    page = await pane.browser.newPage({ viewport: { width: 320, height: 900 }, acceptDownloads: true });
    await page.goto(`${pane.url}taskpane.html`);
    await page.locator('[data-ready="true"]').waitFor({ timeout: 30_000 });
    await page.getByTestId("file-input").setInputFiles(file);
    await page.getByText("Berkas: tempel.xlsx").waitFor();

    await page.getByRole("tab", { name: "Impor" }).click();
    await page.getByTestId("mapping-table").waitFor();
    // The roles shown are the core's own decisions for this sheet.
    const data = await readXlsx(fs.readFileSync(file));
    const expected = previewImport(data, "Tempel").mapping!;
    for (const c of expected.columns) {
      const level = expected.groups[c.group]?.level;
      const label = roleLabel(c.role, typeof level === "number" ? expected.levels[level] : undefined).id;
      expect([columnLetters(c.col), await roleBox(columnLetters(c.col)).textContent()]).toEqual([
        columnLetters(c.col),
        c.role.kind === "skip" ? "Lewati (tidak diimpor)" : label,
      ]);
    }
    expect(await roleBox("G").textContent()).toBe("Satuan");
    expect(await roleBox("H").textContent()).toBe("Target 2025");
    expect(await firstRow("Program")).toEqual(["1.1.1", "1.1", "Program 1", "Indikator program 1", "%", "1"]);
    // The pane itself never scrolls sideways at 320 px; the mapping table scrolls in its box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await shot("mapping");

    // Satuan → Lewati: the preview follows.
    await roleBox("G").click();
    await page.getByRole("option", { name: "Lewati (tidak diimpor)" }).click();
    await page.getByText("1 perubahan pemetaan").waitFor();
    await page.waitForFunction(() => {
      const td = document.querySelectorAll('[data-level="Program"] tbody tr:first-child td')[4];
      return td !== undefined && td.textContent === "";
    });
    expect(await firstRow("Program")).toEqual(["1.1.1", "1.1", "Program 1", "Indikator program 1", "", "1"]);
    await shot("changed");

    await page.getByRole("button", { name: "Impor", exact: true }).click();
    await page.getByText("Impor selesai. Tekan Unduh untuk menyimpan berkasnya.").waitFor();
    // Impor disabled itself while it ran: the focus is on its result, not dropped to the page.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
      "import-result",
    );
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Unduh" }).click(),
    ]);
    const saved = path.join(tmp, "hasil.xlsx");
    await download.saveAs(saved);
    const back = await readXlsx(fs.readFileSync(saved));
    const findings = checkWorkbook(back, { lang: "id" });
    if (findings.length > 0) {
      expect(await page.getByRole("heading", { name: /temuan$/ }).textContent()).toBe(
        `${findings.length} temuan`,
      );
    } else {
      await page.getByText("Tidak ada temuan").waitFor();
    }
    await shot("done");
    await page.getByText("Impor selesai.", { exact: false }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, "import-done-view.png") });

    const program = back.sheets.find((s) => s.name === "Program")!.values;
    const uraian = program.map((r) => cellText(r[2]));
    for (let i = 1; i <= ROWS; i++) expect(uraian).toContain(`Program ${i}`);
    const satuan = program[0]!.findIndex((h) => cellText(h) === "Satuan");
    expect(program.slice(1).every((r) => cellText(r[satuan]) === "")).toBe(true);
    const names = back.sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith("Cadangan Program "))).toHaveLength(1);
    // The three level sheets written, and Pengaturan (the import writes the template's period).
    expect(names.filter((n) => n.startsWith("Cadangan Pengatur"))).toHaveLength(1);
    expect(names.filter((n) => n.startsWith("Cadangan "))).toHaveLength(4);
  }, 120_000);
});
