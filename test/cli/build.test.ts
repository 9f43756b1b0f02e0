import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { isReadFailure, readXlsxFile } from "../../src/adapters/xlsx/readFile";
import { runBuild } from "../../src/cli/build";
import type { WorkbookData } from "../../src/core/sheet";
import { cleanWorkbook, type RowSpec } from "../helpers/workbook";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-build-"));
const GENERATED = ["Pohon Kinerja", "Cascading", "Capaian 2027", "Hasil Pemeriksaan"];

function io() {
  const out = { stdout: "", stderr: "" };
  return {
    out,
    io: {
      stdout: { write: (t: string) => (out.stdout += t) },
      stderr: { write: (t: string) => (out.stderr += t) },
    },
  };
}

/** Writes a workbook's values to an .xlsx, plus a sheet the format does not know. */
async function writeInput(name: string, edit?: (levels: RowSpec[][]) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of [...cleanWorkbook(edit).sheets, { name: "Catatan", values: [["bebas", 42]] }]) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.values.forEach((row) => ws.addRow([...row]));
    // A fixed report year: the default follows the clock.
    if (sheet.name === "Pengaturan") ws.addRow(["Tahun Laporan", 2027]);
  }
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function read(file: string): Promise<WorkbookData> {
  const data = await readXlsxFile(file);
  if (isReadFailure(data)) throw new Error(data.message.en);
  return data;
}

describe("pokin build", () => {
  test("runBuild(FILE -o OUT) adds the generated sheets and keeps level and unknown sheets value for value", async () => {
    const input = await writeInput("clean.xlsx");
    const output = path.join(dir, "clean-out.xlsx");
    const { out, io: cli } = io();
    expect(await runBuild([input, "-o", output], cli)).toBe(0);
    expect(out.stderr).toBe("");
    expect(out.stdout).toContain(output);
    const before = await read(input);
    const after = await read(output);
    expect(after.sheets.map((s) => s.name)).toEqual([...before.sheets.map((s) => s.name), ...GENERATED]);
    for (const sheet of before.sheets) expect(after.sheets.find((s) => s.name === sheet.name)).toEqual(sheet);
  });

  test("runBuild twice rewrites the generated sheets instead of adding copies", async () => {
    const input = await writeInput("twice.xlsx");
    const once = path.join(dir, "twice-1.xlsx");
    const twice = path.join(dir, "twice-2.xlsx");
    expect(await runBuild([input, "-o", once, "--orientation", "right", "--depth", "2"], io().io)).toBe(0);
    expect(await runBuild([once, "-o", twice, "--root", "1.1", "--year", "2025"], io().io)).toBe(0);
    const names = (await read(twice)).sheets.map((s) => s.name);
    expect(names.filter((n) => n === "Pohon Kinerja" || n === "Cascading")).toEqual([
      "Pohon Kinerja",
      "Cascading",
    ]);
    expect(names).toContain("Capaian 2025");
  });

  test("runBuild writes statements starting with =, +, - or @ as text in every generated sheet", async () => {
    const input = await writeInput("inject.xlsx", (levels) => {
      levels[0]![0] = { ...levels[0]![0]!, uraian: "=1+1", indikator: "@SUM(A1)" };
      levels[1]![0] = { ...levels[1]![0]!, uraian: "+2", indikator: "-3" };
    });
    const output = path.join(dir, "inject-out.xlsx");
    await runBuild([input, "-o", output], io().io);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const seen = new Set<string>();
    for (const name of GENERATED) {
      wb.getWorksheet(name)!.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value;
          if (typeof v === "string" && /^(=1\+1|@SUM\(A1\)|\+2|-3)/.test(v))
            seen.add(`${name}:${v.split(" ")[0]}`);
          if (v && typeof v === "object" && "formula" in v)
            expect(String(v.formula)).not.toMatch(/^1\+1$|^SUM\(A1\)$/);
        }),
      );
    }
    for (const name of ["Pohon Kinerja", "Cascading", "Capaian 2027"]) {
      expect([...seen].filter((s) => s.startsWith(`${name}:`)).sort()).toEqual(
        [`${name}:+2`, `${name}:-3`, `${name}:=1+1`, `${name}:@SUM(A1)`].sort(),
      );
    }
  });

  test("runBuild warns on stderr when the input holds shapes or charts the .xlsx library drops", async () => {
    const input = await writeInput("drawn.xlsx");
    const zip = await JSZip.loadAsync(fs.readFileSync(input));
    zip.file(
      "xl/drawings/drawing1.xml",
      '<xdr:wsDr xmlns:xdr="x"><xdr:twoCellAnchor><xdr:sp><xdr:nvSpPr/></xdr:sp></xdr:twoCellAnchor><xdr:cxnSp></xdr:cxnSp></xdr:wsDr>',
    );
    zip.file("xl/charts/chart1.xml", "<c:chartSpace/>");
    fs.writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
    const { out, io: cli } = io();
    expect(await runBuild([input, "-o", path.join(dir, "drawn-out.xlsx"), "--lang", "en"], cli)).toBe(0);
    expect(out.stderr).toMatch(/holds 2 shapes\/lines and 1 charts .* NOT in/);
  });

  test("runBuild exits 2 with one line for bad options, a missing file or an unknown root", async () => {
    const input = await writeInput("opts.xlsx");
    const o = path.join(dir, "opts-out.xlsx");
    const cases: [string[], RegExp][] = [
      [[input], /-o OUT\.xlsx/],
      [[input, "-o", o, "--orientation", "up"], /--orientation/],
      [[input, "-o", o, "--depth", "0"], /--depth/],
      [[input, "-o", o, "--year", "20x5"], /--year/],
      [[input, "-o", path.join(dir, "x.csv")], /\.xlsx/],
      [[path.join(dir, "missing.xlsx"), "-o", o], /does not exist/],
      [[input, "-o", o, "--root", "7.7"], /Kode '7\.7'/],
    ];
    for (const [args, message] of cases) {
      const { out, io: cli } = io();
      expect(await runBuild([...args, "--lang", "en"], cli)).toBe(2);
      expect(out.stderr).toMatch(message);
    }
    expect(fs.existsSync(o)).toBe(false);
  });

  test("runBuild exits 1 when the check finds errors, and still writes the file", async () => {
    const input = await writeInput("errors.xlsx", (levels) => {
      levels[1]![0] = { ...levels[1]![0]!, induk: "99" };
    });
    const output = path.join(dir, "errors-out.xlsx");
    const { out, io: cli } = io();
    expect(await runBuild([input, "-o", output], cli)).toBe(1);
    expect(out.stdout).toMatch(/kesalahan/);
    expect(fs.existsSync(output)).toBe(true);
  });
});
