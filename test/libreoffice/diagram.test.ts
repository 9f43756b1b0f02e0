import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runBuild } from "../../src/cli/build";
import { runInit } from "../../src/cli/init";
import { DIAGRAM_ORIGIN } from "../../src/core/plans/diagramCellsPlan";
import { convertWithLibreOffice, hasSoffice } from "../helpers/libreOffice";

const ARTIFACTS = path.resolve(__dirname, "../artifacts");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-lo-"));

const ready = hasSoffice && spawnSync("pdftoppm", ["-v"], { stdio: "ignore" }).status === 0;
if (!ready) console.log("[libreoffice/diagram] soffice or pdftoppm not found: skipping the rendering tests");
const silent = { stdout: { write: () => true }, stderr: { write: () => true } };
const ORIENTATIONS = ["down", "right"] as const;

/** Builds the Banjarnegara sample and keeps only its diagram sheet, in a file of its own. */
async function diagramOnly(name: string, options: string[]): Promise<{ only: string; built: string }> {
  const sample = path.join(dir, "sample.xlsx");
  if (!fs.existsSync(sample)) expect(await runInit([sample, "--sample"], silent)).toBe(0);
  const built = path.join(dir, `${name}-built.xlsx`);
  expect(await runBuild([sample, "-o", built, ...options], silent)).toBeLessThan(2);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(built);
  for (const ws of [...wb.worksheets]) if (ws.name !== "Pohon Kinerja") wb.removeWorksheet(ws.id);
  const only = path.join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(only);
  return { only, built };
}

/** Both orientations built, rendered to PDF in one soffice call, then to PNG (artifacts). */
async function renderAll(): Promise<Map<string, { png: string[]; file: string }>> {
  const made = new Map<string, { only: string; built: string }>();
  for (const o of ORIENTATIONS)
    made.set(o, await diagramOnly(`pohon-kinerja-${o}`, ["--orientation", o, "--depth", "4"]));
  const pdfs = convertWithLibreOffice(
    dir,
    [...made.values()].map((m) => m.only),
    { to: "pdf", outdir: dir },
  );
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const rendered = new Map<string, { png: string[]; file: string }>();
  for (const [o, { built }] of made) {
    const name = `pohon-kinerja-${o}`;
    for (const old of fs.readdirSync(ARTIFACTS))
      if (old.startsWith(`${name}-`)) fs.rmSync(path.join(ARTIFACTS, old));
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "80",
      "-l",
      "2",
      path.join(pdfs, `${name}.pdf`),
      path.join(ARTIFACTS, name),
    ]);
    const png = fs.readdirSync(ARTIFACTS).filter((f) => f.startsWith(`${name}-`) && f.endsWith(".png"));
    rendered.set(o, { png: png.map((f) => path.join(ARTIFACTS, f)), file: built });
  }
  return rendered;
}

/** The merged ranges of the diagram area in the built file: the box sections. */
async function boxRanges(
  file: string,
): Promise<{ top: number; left: number; bottom: number; right: number }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const merges = (wb.getWorksheet("Pohon Kinerja")!.model as unknown as { merges: string[] }).merges;
  const decode = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a)!;
    return {
      col: [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1,
      row: Number(m[2]) - 1,
    };
  };
  return merges
    .map((r) => {
      const [a, b] = r.split(":").map(decode);
      return { top: a!.row, left: a!.col, bottom: b!.row, right: b!.col };
    })
    .filter((r) => r.top >= DIAGRAM_ORIGIN.row);
}

(ready ? describe : describe.skip)("the built diagram rendered by LibreOffice", () => {
  let rendered: Map<string, { png: string[]; file: string }>;
  beforeAll(async () => {
    rendered = await renderAll();
  }, 300_000);
  for (const orientation of ORIENTATIONS) {
    test(`pokin build --orientation ${orientation} renders the sample's Pohon Kinerja to a non-trivial PNG with no two boxes overlapping`, async () => {
      const { png, file } = rendered.get(orientation)!;
      expect(png.length).toBeGreaterThan(0);
      for (const p of png) expect(fs.statSync(p).size).toBeGreaterThan(20000);
      const ranges = await boxRanges(file);
      expect(ranges.length).toBeGreaterThan(20);
      const clash = ranges.filter((a, i) =>
        ranges.some(
          (b, j) => j > i && a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom,
        ),
      );
      expect(clash).toEqual([]);
    });
  }
});
