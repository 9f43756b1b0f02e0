import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runBuild } from "../../src/cli/build";
import { runInit } from "../../src/cli/init";
import { DIAGRAM_ORIGIN } from "../../src/core/plans/diagramCellsPlan";

const ARTIFACTS = path.resolve(__dirname, "../artifacts");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-lo-"));

function has(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: "ignore", timeout: 60000 });
    return true;
  } catch {
    return false;
  }
}
const ready = has("soffice", ["--version"]) && has("pdftoppm", ["-v"]);
if (!ready) console.log("[libreoffice/diagram] soffice or pdftoppm not found: skipping the rendering tests");
const silent = { stdout: { write: () => true }, stderr: { write: () => true } };

/** Builds the Banjarnegara sample, keeps only its diagram sheet, renders it to PNG. */
async function render(name: string, options: string[]): Promise<{ png: string[]; file: string }> {
  const sample = path.join(dir, "sample.xlsx");
  if (!fs.existsSync(sample)) expect(await runInit([sample, "--sample"], silent)).toBe(0);
  const built = path.join(dir, `${name}-built.xlsx`);
  expect(await runBuild([sample, "-o", built, ...options], silent)).toBeLessThan(2);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(built);
  for (const ws of [...wb.worksheets]) if (ws.name !== "Pohon Kinerja") wb.removeWorksheet(ws.id);
  const only = path.join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(only);
  execFileSync(
    "soffice",
    [
      "--headless",
      `-env:UserInstallation=file://${dir}/profile`,
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      only,
    ],
    { stdio: "pipe", timeout: 120000 },
  );
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  for (const old of fs.readdirSync(ARTIFACTS))
    if (old.startsWith(`${name}-`)) fs.rmSync(path.join(ARTIFACTS, old));
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "80",
    "-l",
    "2",
    path.join(dir, `${name}.pdf`),
    path.join(ARTIFACTS, name),
  ]);
  const png = fs.readdirSync(ARTIFACTS).filter((f) => f.startsWith(`${name}-`) && f.endsWith(".png"));
  return { png: png.map((f) => path.join(ARTIFACTS, f)), file: built };
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
  for (const orientation of ["down", "right"] as const) {
    test(`pokin build --orientation ${orientation} renders the sample's Pohon Kinerja to a non-trivial PNG with no two boxes overlapping`, async () => {
      const { png, file } = await render(`pohon-kinerja-${orientation}`, [
        "--orientation",
        orientation,
        "--depth",
        "4",
      ]);
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
