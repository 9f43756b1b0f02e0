/**
 * The Capaian and Cascading sheets of the filled-in Banjarnegara sample, printed to PDF by
 * LibreOffice Calc headless: every Uraian and Indikator must be printed whole, no text may be
 * printed over other text (wrapped rows are tall enough), the tables fit their paper one page
 * wide, and the page count stays within what the planned row heights allow. The Capaian sheet of
 * the sample and of a generated 160-indicator tree: no page ends with a level's label, each label
 * prints above its level's first two indicators, and the predikat summary prints whole. PNGs of
 * the pages go to test/artifacts/print-*.png for a person to look at.
 * Skipped with a notice when soffice or pdftoppm, pdftotext, pdfinfo is missing.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runBuild } from "../../src/cli/build";
import { runInit } from "../../src/cli/init";
import { CAPAIAN_HEADER_ROW } from "../../src/core/plans/capaianPlan";
import { CASCADING_HEADER_ROW } from "../../src/core/plans/cascadingPlan";
import { DEFAULT_ROW_HEIGHT } from "../../src/core/plans/rowHeights";
import { generateWorkbook } from "../helpers/bigWorkbook";
import { convertWithLibreOffice } from "../helpers/libreOffice";
import { onlySheet } from "../helpers/onlySheet";

const ARTIFACTS = path.resolve(__dirname, "../artifacts");
const has = (cmd: string, args: string[]) => {
  try {
    execFileSync(cmd, args, { stdio: "ignore", timeout: 60000 });
    return true;
  } catch {
    return false;
  }
};
const ready =
  ["pdftoppm", "pdftotext", "pdfinfo"].every((cmd) => has(cmd, ["-v"])) && has("soffice", ["--version"]);
if (!ready)
  console.log(
    "[libreoffice/print] soffice or poppler-utils (pdftoppm, pdftotext, pdfinfo) not found: skipping the print tests",
  );
const silent = { stdout: { write: () => true }, stderr: { write: () => true } };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-print-"));

/** A word printed on a page, with its box in points (pdftotext -bbox). */
interface Word {
  readonly page: number;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  readonly text: string;
}

/** Targets for every year and realisasi at 105, 85, 70, 60, 40 % of them in turn: all five predikat. */
async function fillSample(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ratios = [1.05, 0.85, 0.7, 0.6, 0.4];
  const texts: string[] = [];
  let k = 0;
  for (const ws of wb.worksheets.filter((w) => w.name !== "Pengaturan")) {
    const header = (ws.getRow(1).values as unknown[]).map(String);
    const at = (name: string) => header.indexOf(name);
    ws.eachRow((row, r) => {
      if (r === 1 || !row.getCell(1).value) return;
      texts.push(...["Uraian", "Indikator"].map((h) => String(row.getCell(at(h)).value ?? "")));
      const target = String(row.getCell(at("Satuan")).value).includes("%") ? 80 : 100;
      for (const name of header.filter((h) => /^Target \d{4}$/.test(h))) {
        row.getCell(at(name)).value = target;
        row.getCell(at(name.replace("Target", "Realisasi"))).value = target * ratios[k % 5]!;
      }
      k++;
    });
  }
  await wb.xlsx.writeFile(file);
  return [...new Set(texts)].filter((t) => t !== "");
}

function words(pdf: string): Word[] {
  const xml = execFileSync("pdftotext", ["-bbox", pdf, "-"]).toString();
  return xml
    .split("<page ")
    .slice(1)
    .flatMap((page, i) =>
      [
        ...page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map((m) => ({ page: i + 1, x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, y1: +m[4]!, text: m[5]! })),
    );
}

/**
 * Words of the same size printed over each other on a page. Same size only: LibreOffice also
 * draws, hidden behind the repeated header, the rest of a merged cell that continues from the
 * previous page, and that text is a different size from the bold header.
 */
function overprinted(all: readonly Word[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length && all[j]!.page === all[i]!.page; j++) {
      const [a, b] = [all[i]!, all[j]!];
      if (Math.abs(a.y1 - a.y0 - (b.y1 - b.y0)) > 0.2) continue;
      const x = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const y = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (x > 1 && y > 0.3 * (a.y1 - a.y0)) out.push(`page ${a.page}: "${a.text}" over "${b.text}"`);
    }
  }
  return out;
}

/** The level labels of a built Capaian sheet, in order, each with its number of indicators. */
function capaianLevels(ws: ExcelJS.Worksheet): { name: string; count: number }[] {
  const levels: { name: string; count: number }[] = [];
  for (let r = CAPAIAN_HEADER_ROW + 2; r <= ws.rowCount; r++) {
    const a = ws.getCell(r, 1).value;
    if (a === null || a === "") break; // the blank row below the table
    if (typeof a === "number") levels.at(-1)!.count++;
    else levels.push({ name: String(a), count: 0 });
  }
  return levels;
}

/**
 * Where the Capaian sheet's headings print and what follows them on their page: per label line
 * (a line whose whole text is a level's name), the numbers of the indicator rows below it on its
 * page (the No column: an integer left of the repeated header's "Kode"); per summary title, how
 * many "Jumlah" words (its header's column and its total row) its page shows below it.
 */
function printedHeadings(all: readonly Word[], names: ReadonlySet<string>) {
  const labels: { page: number; name: string; numbers: number[] }[] = [];
  const summaries: { page: number; jumlah: number }[] = [];
  const pages = Math.max(...all.map((w) => w.page));
  for (let p = 1; p <= pages; p++) {
    const here = all.filter((w) => w.page === p).sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
    const kode = here.find((w) => w.text === "Kode")!;
    const lines: Word[][] = [];
    for (const w of here) {
      const line = lines.at(-1);
      if (line && Math.abs(line[0]!.y0 - w.y0) < 2) line.push(w);
      else lines.push([w]);
    }
    for (const line of lines) {
      const text = line.map((w) => w.text).join(" ");
      const first = line.reduce((a, b) => (b.x0 < a.x0 ? b : a));
      if (names.has(text)) labels.push({ page: p, name: text, numbers: [] });
      else if (text === "Ringkasan Predikat")
        summaries.push({
          page: p,
          jumlah: here.filter((w) => w.text === "Jumlah" && w.y0 > line[0]!.y0).length,
        });
      else if (/^\d+$/.test(first.text) && first.x1 < kode.x0 && labels.at(-1)?.page === p)
        labels.at(-1)!.numbers.push(Number(first.text));
    }
  }
  return { labels, summaries };
}

(ready ? describe : describe.skip)("printing the generated sheets with LibreOffice", () => {
  const pdf: Record<string, string> = {};
  const rowsHeight: Record<string, { total: number; tallest: number; header: number }> = {};
  let texts: string[] = [];
  const levels: Record<string, { name: string; count: number }[]> = {};

  beforeAll(async () => {
    const sample = path.join(dir, "sample.xlsx");
    expect(await runInit([sample, "--sample"], silent)).toBe(0);
    texts = await fillSample(sample);
    const built = path.join(dir, "built.xlsx");
    expect(await runBuild([sample, "-o", built], silent)).toBeLessThan(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(built);
    const capaian = wb.worksheets.find((ws) => ws.name.startsWith("Capaian "))!.name;
    const sheets = {
      capaian: [capaian, CAPAIAN_HEADER_ROW],
      cascading: ["Cascading", CASCADING_HEADER_ROW],
    } as const;
    for (const [key, [sheet, headerRow]] of Object.entries(sheets)) {
      // The file Pokin wrote, only its other sheets hidden: what a user prints.
      onlySheet(built, sheet, path.join(dir, `print-${key}.xlsx`));
      const ws = wb.getWorksheet(sheet)!;
      const heights = Array.from(
        { length: ws.rowCount },
        (_, r) => ws.getRow(r + 1).height ?? DEFAULT_ROW_HEIGHT,
      );
      const body = heights.slice(headerRow + 1);
      rowsHeight[key] = {
        total: heights.reduce((a, b) => a + b, 0),
        tallest: Math.max(...body),
        header: heights
          .slice(key === "cascading" ? headerRow - 1 : headerRow, headerRow + 1)
          .reduce((a, b) => a + b, 0),
      };
    }
    levels.capaian = capaianLevels(wb.getWorksheet(capaian)!);
    // A generated tree's Capaian sheet: levels of 2, 6, 24, 48 and 80 indicators.
    const tree = path.join(dir, "tree.xlsx");
    await generateWorkbook(tree, 160);
    const treeBuilt = path.join(dir, "tree-built.xlsx");
    expect(await runBuild([tree, "-o", treeBuilt], silent)).toBeLessThan(2);
    const treeWb = new ExcelJS.Workbook();
    await treeWb.xlsx.readFile(treeBuilt);
    const treeCapaian = treeWb.worksheets.find((ws) => ws.name.startsWith("Capaian "))!;
    onlySheet(treeBuilt, treeCapaian.name, path.join(dir, "print-capaian-tree.xlsx"));
    levels["capaian-tree"] = capaianLevels(treeCapaian);
    const keys = [...Object.keys(sheets), "capaian-tree"];
    const files = keys.map((key) => path.join(dir, `print-${key}.xlsx`));
    convertWithLibreOffice(dir, files, { to: "pdf", recalc: true, outdir: dir, timeout: 180000 });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    for (const key of keys) {
      pdf[key] = path.join(dir, `print-${key}.pdf`);
      for (const old of fs.readdirSync(ARTIFACTS))
        if (old.startsWith(`print-${key}-`)) fs.rmSync(path.join(ARTIFACTS, old));
      execFileSync("pdftoppm", ["-png", "-r", "60", pdf[key]!, path.join(ARTIFACTS, `print-${key}`)]);
    }
  }, 240000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each(["capaian", "cascading"])(
    "the %s sheet prints every Uraian and Indikator of the sample whole",
    (key) => {
      expect(texts.length).toBeGreaterThan(100);
      // Whitespace removed: a line break (even inside a word too long for its column) is not a loss.
      const printed = execFileSync("pdftotext", ["-raw", pdf[key]!, "-"]).toString().replace(/\s+/g, "");
      expect(texts.filter((t) => !printed.includes(t.replace(/\s+/g, "")))).toEqual([]);
    },
  );

  test.each(["capaian", "cascading"])("the %s sheet prints no text over other text", (key) => {
    const all = words(pdf[key]!);
    expect(all.length).toBeGreaterThan(1000);
    expect(overprinted(all)).toEqual([]);
  });

  test.each([
    // Paper (landscape), the body's font size, the smallest printed size accepted, and header
    // words of the first and the last column. LibreOffice here prints Calibri as the wider DejaVu
    // Sans, so its columns are wider than Excel's and the text comes out smaller than in Excel.
    ["capaian", [841.89, 595.3], 11, 5.5, ["No", "Predikat"]],
    ["cascading", [1190.55, 841.89], 10, 4.5, ["Tujuan", "Sub"]],
  ] as const)(
    "the %s sheet prints on its paper one page wide, readable, on no more pages than its rows need",
    (key, [width, height], fontSize, minFont, firstAndLast) => {
      const info = execFileSync("pdfinfo", [pdf[key]!]).toString();
      const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
      const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
      expect([Number(size[1]), Number(size[2])].map(Math.round)).toEqual([width, height].map(Math.round));
      const all = words(pdf[key]!);
      // One page wide: every page shows the repeated header from the first column to the last.
      for (let p = 1; p <= pages; p++) {
        const texts = new Set(all.filter((w) => w.page === p).map((w) => w.text));
        expect({ page: p, header: firstAndLast.map((t) => texts.has(t)) }).toEqual({
          page: p,
          header: [true, true],
        });
      }
      // The printed scale, from the body text's size: pdftotext's word box is 1.3 × the font size
      // (measured on DejaVu Sans at 100 %).
      const heights = all.map((w) => w.y1 - w.y0).sort((a, b) => a - b);
      const scale = heights[heights.length >> 1]! / 1.3 / fontSize;
      expect(scale * fontSize).toBeGreaterThanOrEqual(minFont);
      // At that scale a page holds its height less the margins (0.75 in each) and the page header
      // (0.5 in) of rows, less the repeated header and, at worst, a row that does not fit at its
      // bottom; one page more for rounding. Before row heights were set, LibreOffice printed the
      // Capaian sheet of this sample on 2 pages (text over text) and the Cascading sheet on 1
      // page at about 2 pt; now on 5 and 4.
      const r = rowsHeight[key]!;
      const perPage = height - 2 * 72 - (r.header + r.tallest) * scale;
      expect(pages).toBeLessThanOrEqual(Math.ceil((r.total * scale) / perPage) + 1);
      expect(pages).toBeGreaterThan(1);
    },
  );

  test.each(["capaian", "capaian-tree"])(
    "the %s sheet ends no page with a heading: each level's label prints above its first two indicators, the summary whole",
    (key) => {
      const all = words(pdf[key]!);
      const expected = levels[key]!;
      expect(expected.length).toBeGreaterThan(2);
      const { labels, summaries } = printedHeadings(all, new Set(expected.map((l) => l.name)));
      expect(labels.map((l) => l.name)).toEqual(expected.map((l) => l.name));
      expect(Math.max(...all.map((w) => w.page))).toBeGreaterThan(2);
      labels.forEach((label, i) => {
        const first = [1, 2].slice(0, Math.min(2, expected[i]!.count));
        expect({ ...label, numbers: label.numbers.slice(0, 2) }).toEqual({ ...label, numbers: first });
      });
      // The title, the header (its "Jumlah" column) and the total row ("Jumlah") on one page.
      expect(summaries).toEqual([{ page: expect.any(Number), jumlah: 2 }]);
    },
  );
});
