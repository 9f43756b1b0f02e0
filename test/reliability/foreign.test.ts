import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadXlsx, workbookToData } from "../../src/adapters/xlsx/readWorkbook";
import { convertWithLibreOffice, hasSoffice } from "../helpers/libreOffice";
import { pokinSync } from "../helpers/pokinBin";

// Workbooks saved by LibreOffice and by openpyxl must build and import (issue 8 §4). The
// LibreOffice file is made by soffice itself; the openpyxl one by rewriting an ExcelJS file the
// way openpyxl writes: absolute part paths, comments and VML in other folders with the comment
// text as a bare <t>, a chart drawing without the xdr: prefix, tables without a style, and
// workbook.xml last in the zip.

jest.setTimeout(300_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-foreign-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const pokin = (...args: string[]) => pokinSync(args, { timeout: 200_000 });

const TEMPEL = [
  ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Satuan", "Target 2026"],
  ["9.99.01", "Program Uji Impor", "Persentase uji", "%", "75,5"],
];

/** The Banjarnegara sample with a pasted template sheet and a note on Program!A2 (ExcelJS). */
async function sample(): Promise<string> {
  const init = path.join(dir, "init.xlsx");
  expect(pokin("init", init, "--sample").code).toBe(0);
  const wb = await loadXlsx(fs.readFileSync(init));
  const ws = wb.addWorksheet("Tempel");
  TEMPEL.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
  wb.getWorksheet("Program")!.getCell("A2").note = "catatan reviu";
  const file = path.join(dir, "sample.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

/** Rewrites an ExcelJS zip the way openpyxl writes its parts. */
async function openpyxlStyle(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const out = new JSZip();
  const text = (name: string) => zip.file(name)!.async("string");
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir && n !== "xl/workbook.xml");
  for (const name of names) {
    let body = await text(name);
    let to = name;
    if (/^xl\/comments\d+\.xml$/.test(name)) {
      to = "xl/comments/comment1.xml";
      body = body.replace(
        /<text>[\s\S]*?<\/text>/g,
        (t) => `<text><t>${t.replace(/<[^>]+>/g, "")}</t></text>`,
      );
    }
    if (/^xl\/drawings\/vmlDrawing\d+\.vml$/.test(name)) to = "xl/drawings/commentsDrawing1.vml";
    if (/^xl\/tables\/.*\.xml$/.test(name)) body = body.replace(/<tableStyleInfo\b[^>]*\/>/, "");
    if (/^xl\/worksheets\/_rels\/.*\.rels$/.test(name)) {
      body = body
        .replace(/Target="\.\.\/comments\d+\.xml"/, 'Target="/xl/comments/comment1.xml"')
        .replace(/Target="\.\.\/drawings\/vmlDrawing\d+\.vml"/, 'Target="/xl/drawings/commentsDrawing1.vml"')
        .replace(/Target="\.\.\/([^"]+)"/g, 'Target="/xl/$1"');
    }
    out.file(to, body);
  }
  // A chart on the Kegiatan sheet, as openpyxl draws it: default namespace, absolute paths.
  const keg = await sheetPath(zip, "Kegiatan");
  const relsName = keg.replace("worksheets/", "worksheets/_rels/") + ".rels";
  const rels =
    (await out.file(relsName)?.async("string")) ??
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  out.file(
    relsName,
    rels.replace(
      "</Relationships>",
      '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="/xl/drawings/drawing1.xml" Id="rIdChart"/></Relationships>',
    ),
  );
  const kegXml = await out.file(keg)!.async("string");
  out.file(
    keg,
    kegXml.replace(
      /(<tableParts\b|<\/worksheet>)/,
      '<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdChart"/>$1',
    ),
  );
  out.file(
    "xl/drawings/drawing1.xml",
    '<wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><oneCellAnchor><from><col>23</col><colOff>0</colOff><row>1</row><rowOff>0</rowOff></from><ext cx="5400000" cy="2700000"/><graphicFrame macro=""><nvGraphicFramePr><cNvPr id="1" name="Chart 1"/><cNvGraphicFramePr/></nvGraphicFramePr><xfrm/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></graphicFrame><clientData/></oneCellAnchor></wsDr>',
  );
  out.file(
    "xl/drawings/_rels/drawing1.xml.rels",
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="/xl/charts/chart1.xml" Id="rId1"/></Relationships>',
  );
  out.file(
    "xl/charts/chart1.xml",
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
  );
  out.file("xl/workbook.xml", await text("xl/workbook.xml"));
  const to = path.join(dir, "openpyxl.xlsx");
  fs.writeFileSync(to, await out.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return to;
}

async function sheetPath(zip: JSZip, name: string): Promise<string> {
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(wb)![1];
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!;
  return `xl/${(target[1] ?? target[2])!.replace(/^\/?xl\//, "")}`;
}

let ours: string;
beforeAll(async () => {
  ours = await sample();
});

async function expectBuildAndImport(file: string, label: string): Promise<void> {
  const built = path.join(dir, `${label}-built.xlsx`);
  const b = pokin("build", file, "-o", built, "--lang", "en");
  expect([label, b.code, b.err.split("\n").filter((l) => !/^pokin: warning: /.test(l))]).toEqual([
    label,
    1,
    [""],
  ]);
  const out = workbookToData(await loadXlsx(fs.readFileSync(built)));
  expect(out.sheets.map((s) => s.name)).toEqual(
    expect.arrayContaining(["Cascading", "Hasil Pemeriksaan", "Program"]),
  );
  const imported = path.join(dir, `${label}-imported.xlsx`);
  const i = pokin("import", file, "--sheet", "Tempel", "-o", imported, "--lang", "en");
  expect([label, i.code]).toEqual([label, 1]);
  const after = workbookToData(await loadXlsx(fs.readFileSync(imported)));
  const program = after.sheets.find((s) => s.name === "Program")!;
  expect(program.values.some((r) => r.includes("9.99.01"))).toBe(true);
}

describe("workbooks from other writers build and import (issue 8 §4)", () => {
  test("saved by LibreOffice (tables without a style)", async () => {
    if (!hasSoffice) {
      console.warn("skipped: soffice (LibreOffice) is not installed");
      return;
    }
    const lo = path.join(dir, "lo");
    // Throws (failing the test) when soffice does not convert it.
    convertWithLibreOffice(dir, [ours], { to: "xlsx", outdir: lo, timeout: 240_000 });
    const file = path.join(lo, "sample.xlsx");
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const tables = Object.keys(zip.files).filter((n) => n.startsWith("xl/tables/"));
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) expect(await zip.file(t)!.async("string")).not.toContain("tableStyleInfo");
    await expectBuildAndImport(file, "libreoffice");
  });

  test("saved the way openpyxl saves: builds and imports, keeps the comment's text, warns about the chart it drops", async () => {
    const file = await openpyxlStyle(ours);
    await expectBuildAndImport(file, "openpyxl");
    const built = path.join(dir, "openpyxl-built.xlsx");
    const wb = await loadXlsx(fs.readFileSync(built));
    const note = wb.getWorksheet("Program")!.getCell("A2").note as { texts?: { text: string }[] } | string;
    const text = typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
    expect(text).toBe("catatan reviu");
    const b = pokin("build", file, "-o", path.join(dir, "again.xlsx"), "--lang", "en");
    expect(b.err).toMatch(/^pokin: warning: .*charts?.*$/m);
    expect(b.err).toContain("xl/drawings/drawing1.xml");
  });

  test("ExcelJS alone cannot load the openpyxl-style file (the fixture has the defect it claims)", async () => {
    const file = await openpyxlStyle(ours);
    const wb = new ExcelJS.Workbook();
    await expect(wb.xlsx.load(fs.readFileSync(file) as unknown as ExcelJS.Buffer)).rejects.toThrow(
      /reading '(name|comments|anchors)'/,
    );
  });
});
