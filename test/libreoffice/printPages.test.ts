/**
 * Page breaks on paper, through LibreOffice Calc headless (PDF, then pdftotext per page): no
 * box of the Pohon Kinerja is cut by a page edge, and every continuation page of the Cascading
 * matrix names the ancestors of its first row. The diagram on the sample (top-down and left to
 * right), a generated wide tree (160 indicators) and a dense one (300: some page edges have no
 * column clear at every level, so boxes must move off them); the matrix on the sample and the
 * wide tree. Page PNGs go to test/artifacts/pages-*.png for a person to look at.
 * Skipped with a notice when soffice or poppler-utils is missing.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { runBuild } from "../../src/cli/build";
import { runInit } from "../../src/cli/init";
import { DIAGRAM_ORIGIN } from "../../src/core/plans/diagramCellsPlan";
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
const ready = ["pdftoppm", "pdftotext"].every((c) => has(c, ["-v"])) && has("soffice", ["--version"]);
if (!ready) console.log("[libreoffice/printPages] soffice or poppler-utils not found: skipping");
const silent = { stdout: { write: () => true }, stderr: { write: () => true } };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-pages-"));
const squash = (s: string) => s.replace(/\s+/g, "");

interface Word {
  readonly page: number;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly text: string;
}
function words(pdf: string): { words: Word[]; pages: number; width: number } {
  const xml = execFileSync("pdftotext", ["-bbox", pdf, "-"]).toString();
  const width = Number(/<page width="([\d.]+)"/.exec(xml)![1]);
  const pages = xml.split("<page ").slice(1);
  const all = pages.flatMap((page, i) =>
    [
      ...page.matchAll(
        /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="[\d.-]+">([^<]*)<\/word>/g,
      ),
    ].map((m) => ({ page: i + 1, x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, text: m[4]! })),
  );
  return { words: all, pages: pages.length, width };
}
const pageText = (pdf: string, p: number) =>
  squash(execFileSync("pdftotext", ["-raw", "-f", String(p), "-l", String(p), pdf, "-"]).toString());

/** The diagram's boxes: runs of merged ranges with text stacked in the same columns. */
async function boxes(built: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(built);
  const ws = wb.getWorksheet("Pohon Kinerja")!;
  const ranges = (ws.model.merges as string[])
    .map((a) => {
      const [tl, br] = a.split(":").map((c) => ws.getCell(c));
      return {
        row: +tl!.row,
        col: +tl!.col,
        endRow: +br!.row,
        endCol: +br!.col,
        text: String(tl!.value ?? ""),
      };
    })
    .filter((r) => r.row > DIAGRAM_ORIGIN.row && r.text !== "")
    .sort((a, b) => a.col - b.col || a.row - b.row);
  const out: string[][] = [];
  let last: (typeof ranges)[number] | undefined;
  for (const r of ranges) {
    const joined = last && last.col === r.col && last.endCol === r.endCol && last.endRow + 1 === r.row;
    if (joined) out[out.length - 1]!.push(r.text);
    else out.push([r.text]);
    last = r;
  }
  return out;
}

(ready ? describe : describe.skip)("page breaks on paper (LibreOffice)", () => {
  const cases = ["sample", "wide"] as const;
  const diagrams = [...cases, "dense", "right"] as const;
  const sources = { sample: "sample", wide: "wide", dense: "dense", right: "sample" } as const;
  const built: Record<string, string> = {};
  const pdf = (c: string, sheet: string) => path.join(dir, `${c}-${sheet}.pdf`);

  beforeAll(async () => {
    const sample = path.join(dir, "sample.xlsx");
    expect(await runInit([sample, "--sample"], silent)).toBe(0);
    await generateWorkbook(path.join(dir, "wide.xlsx"), 160);
    await generateWorkbook(path.join(dir, "dense.xlsx"), 300);
    const files: string[] = [];
    for (const c of diagrams) {
      built[c] = path.join(dir, `${c}-built.xlsx`);
      const orientation = c === "right" ? ["--orientation", "right"] : [];
      const args = [path.join(dir, `${sources[c]}.xlsx`), "-o", built[c]!, ...orientation];
      expect(await runBuild(args, silent)).toBeLessThan(2);
      for (const sheet of ["diagram", "cascading"]) {
        if (sheet === "cascading" && !(cases as readonly string[]).includes(c)) continue;
        const file = path.join(dir, `${c}-${sheet}.xlsx`);
        onlySheet(built[c]!, sheet === "diagram" ? "Pohon Kinerja" : "Cascading", file);
        files.push(file);
      }
    }
    // One soffice call for every file (test/helpers/libreOffice.ts).
    convertWithLibreOffice(dir, files, { to: "pdf", outdir: dir, timeout: 540000 });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    for (const f of files) {
      const base = path.basename(f, ".xlsx");
      execFileSync("pdftoppm", [
        "-png",
        "-r",
        "40",
        path.join(dir, `${base}.pdf`),
        path.join(ARTIFACTS, `pages-${base}`),
      ]);
    }
  }, 900000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each(diagrams)(
    "%s: every diagram box prints whole on one page, and no text runs past a page's side",
    async (c) => {
      const file = pdf(c, "diagram");
      const { words: all, pages, width } = words(file);
      expect(pages).toBeGreaterThan(1);
      const texts = Array.from({ length: pages }, (_, p) => pageText(file, p + 1));
      const found = await boxes(built[c]!);
      expect(found.length).toBeGreaterThan(30);
      const cut = found.filter(
        (sections) => !texts.some((t) => sections.every((s) => t.includes(squash(s)))),
      );
      expect(cut.map((s) => s[0])).toEqual([]);
      // Margins are 0.5 in at the sides: a box cut by a side edge prints past it.
      const past = all.filter((w) => w.x0 < 36 - 2 || w.x1 > width - 36 + 2);
      expect(past.map((w) => `page ${w.page}: ${w.text}`)).toEqual([]);
    },
  );

  test.each(diagrams)(
    "%s: a diagram page with another page below it is filled to its foot (no page ends early)",
    (c) => {
      const files = unzipSync(fs.readFileSync(built[c]!));
      const rels = strFromU8(files["xl/_rels/workbook.xml.rels"]!);
      const rid = /<sheet [^>]*name="Pohon Kinerja"[^>]*r:id="([^"]+)"/.exec(
        strFromU8(files["xl/workbook.xml"]!),
      )![1];
      const target = new RegExp(`Id="${rid}"[^>]*Target="/?(?:xl/)?([^"]+)"`).exec(rels)![1]!;
      const sheet = strFromU8(files[`xl/${target}`]!);
      if (!sheet.includes("<rowBreaks")) return;
      const { words: all } = words(pdf(c, "diagram"));
      const xml = execFileSync("pdftotext", [
        "-bbox",
        "-f",
        "1",
        "-l",
        "1",
        pdf(c, "diagram"),
        "-",
      ]).toString();
      const height = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(xml)![1]);
      // Page 1 (top left) has a page below it. Its footer "1 / N" is the lowest text; the
      // boxes above it reach near the foot of the space between the margins (0.75 in).
      const first = all.filter((w) => w.page === 1).sort((a, b) => b.y0 - a.y0);
      const lowestBox = first.find((w) => w.y0 < first[0]!.y0 - 10)!;
      // Left to right, boxes move down the page along their siblings (a page gives up less than
      // one box); top-down whole bands or stacked leaves do (the last eighth).
      expect((lowestBox.y0 - 54) / (height - 108)).toBeGreaterThan(c === "right" ? 3 / 4 : 7 / 8);
    },
  );

  test.each(cases)("%s: every Cascading page's first data row names its ancestors", (c) => {
    const { words: all, pages } = words(pdf(c, "cascading"));
    expect(pages).toBeGreaterThan(1);
    for (let p = 1; p <= pages; p++) {
      const here = all.filter((w) => w.page === p);
      // The repeated header's "Kode" words, centred a little right of each level group's left edge.
      const kode = here.filter((w) => w.text === "Kode").sort((a, b) => a.x0 - b.x0);
      expect(kode.length).toBe(5);
      const headerBottom = Math.max(...kode.map((w) => w.y0)) + 6;
      const footer = Math.max(...here.map((w) => w.y0)) - 5;
      // Below the header, above the footer ("n / N" near the page's foot).
      const body = here.filter((w) => w.y0 > headerBottom + 2 && w.y0 < footer);
      const top = Math.min(...body.map((w) => w.y0));
      const firstRow = body.filter((w) => w.y0 < top + 3);
      // Which level groups have text on the first data row: they must be 0, 1, … with no gap.
      const groups = [
        ...new Set(firstRow.map((w) => kode.filter((k) => k.x0 - 20 <= w.x0).length - 1)),
      ].sort();
      expect({ page: p, groups: groups.slice(0, 2) }).toEqual({ page: p, groups: [0, 1] });
      expect(groups).toEqual(groups.map((_, i) => i));
    }
  });
});
