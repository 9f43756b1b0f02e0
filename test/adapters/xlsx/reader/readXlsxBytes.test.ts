import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import { isRefusal, readXlsxBytes } from "../../../../src/adapters/xlsx/reader";
import type { WorkbookData } from "../../../../src/core/sheet";
import { exceljsReference } from "./exceljsReference";
import { handMade, reorder, zipParts, type Parts } from "./zipParts";

function read(bytes: Uint8Array): WorkbookData {
  const out = readXlsxBytes(bytes);
  if (isRefusal(out)) throw new Error(`refused: ${out.refused} ${out.message.en}`);
  return out;
}

const refusalOf = (bytes: Uint8Array): string | undefined => {
  const out = readXlsxBytes(bytes);
  return isRefusal(out) ? out.refused : undefined;
};

const sheet = (rows: string): Parts => handMade({ sheets: { Program: `<sheetData>${rows}</sheetData>` } });

/** Every value kind ExcelJS can write, in one workbook with three tabs out of creation order. */
async function manyKinds(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Program");
  ws.addRow(["Kode", "Uraian", "Satuan", "Target 2025", "Target 2026", "Keterangan"]);
  ws.addRow([
    "1.1",
    { richText: [{ text: "Program " }, { text: "Rehab", font: { bold: true } }] },
    "%",
    0.755,
    "80,5",
    { formula: "1+1", result: 2 },
  ]);
  ws.getCell("D2").numFmt = "0.0%";
  ws.addRow([
    "1.2",
    "Uraian",
    "orang",
    { formula: "2*0", result: 0 },
    { error: "#N/A" },
    { formula: "1/0", result: { error: "#DIV/0!" } },
  ]);
  ws.getCell("D3").numFmt = "#,##0.00";
  ws.addRow([]);
  ws.addRow([
    "1.3",
    { text: "Tautan", hyperlink: "https://example.org" },
    true,
    new Date(Date.UTC(2025, 5, 30)),
    { formula: "1>2", result: false },
    { formula: "A1" },
  ]);
  ws.getCell("A7").value = "Gabung";
  ws.getCell("B7").value = "tersembunyi";
  ws.mergeCells("A7:C8");
  ws.getCell("E9").value = 0;
  wb.addWorksheet("Kosong");
  const last = wb.addWorksheet("Sub Kegiatan");
  last.addRow(["Kode", "Nilai"]);
  (last as unknown as { orderNo: number }).orderNo = -1; // first tab although created last
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("readXlsxBytes(bytes)", () => {
  it("reads every value kind ExcelJS writes exactly as ExcelJS's full reader (plus cached 0 and FALSE)", async () => {
    const bytes = await manyKinds();
    const data = read(bytes);
    expect(data).toEqual(await exceljsReference(bytes));
    const program = data.sheets.find((s) => s.name === "Program")!;
    expect(data.sheets.map((s) => s.name)).toEqual(["Sub Kegiatan", "Program", "Kosong"]);
    expect(program.values[1]).toEqual(["1.1", "Program Rehab", "%", 0.755, "80,5", 2]);
    expect(program.values[2]).toEqual(["1.2", "Uraian", "orang", 0, "#N/A", "#DIV/0!"]);
    expect(program.values[4]).toEqual(["1.3", "Tautan", true, new Date(Date.UTC(2025, 5, 30)), false]);
    expect(program.values[6]).toEqual(["Gabung"]);
    expect(program.values[8]).toEqual([null, null, null, null, 0]);
    expect(program.numberFormats?.[1]?.[3]).toBe("0.0%");
    expect(program.numberFormats?.[2]?.[3]).toBe("#,##0.00");
  });

  it("reads the same workbook whatever the order of its zip entries (workbook.xml last, reversed, shuffled)", async () => {
    const bytes = await manyKinds();
    const expected = read(bytes);
    for (const how of ["workbook-last", "reversed", 1, 2, 3] as const)
      expect(read(reorder(bytes, how))).toEqual(expected);
  });

  it("reads shared strings (plain, rich, phonetic left out, escapes), inline strings and str cells", () => {
    const parts = handMade({
      strings:
        '<si><t>Kode</t></si><si><r><t xml:space="preserve">Pro </t></r><r><rPr><b/></rPr><t>gram</t></r></si>' +
        '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si><si><t>a_x000D_b &amp; c</t></si><si><t/></si><si/>',
      sheets: {
        Program:
          '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c><c r="G1" t="s"><v>0</v></c></row>' +
          '<row r="2"><c r="A2" t="inlineStr"><is><t>sebaris</t></is></c><c r="B2" t="inlineStr"><is><r><t>ka</t></r><r><t>ya</t></r></is></c><c r="C2" t="str"><v>x &lt; y</v></c><c r="D2" t="inlineStr"><is><t></t></is></c><c r="E2" t="inlineStr"><is><t>z</t></is></c></row></sheetData>',
      },
    });
    expect(read(zipParts(parts)).sheets[0]!.values).toEqual([
      ["Kode", "Pro gram", "東京", "a\rb & c", "", null, "Kode"],
      ["sebaris", "kaya", "x < y", null, "z"],
    ]);
  });

  it("reads numbers, booleans, errors, cached formula results (0, FALSE, errors) and formulas without one", () => {
    const rows =
      '<row r="1"><c r="A1"><v>1.5</v></c><c r="B1" t="n"><v>-0.25</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><v>0</v></c><c r="E1" t="e"><v>#REF!</v></c></row>' +
      '<row r="2"><c r="A2"><f>B2*0</f><v>0</v></c><c r="B2" t="b"><f>1&gt;2</f><v>0</v></c><c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D2"><f>A1</f></c><c r="E2" t="str"><f>"a"</f><v>a</v></c><c r="F2"><f t="shared" si="0" ref="F2:F3"/><v>7</v></c></row>' +
      '<row r="3"><c r="D3"><f>A1</f><v></v></c></row>';
    expect(read(zipParts(sheet(rows))).sheets[0]!.values).toEqual([
      [1.5, -0.25, true, false, "#REF!"],
      [0, false, "#DIV/0!", null, "a", 7],
    ]);
  });

  it("gives number formats by style: custom codes, built-in ids (9, 10, 3), dates by format, General left out", () => {
    const styles =
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0\\ &quot;%&quot;"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
      '<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="10"/><xf numFmtId="3"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/></cellXfs>' +
      '<dxfs count="1"><dxf><numFmt numFmtId="166" formatCode="yyyy"/></dxf></dxfs>';
    const rows =
      '<row r="1"><c r="A1" s="0"><v>1</v></c><c r="B1" s="1"><v>0.5</v></c><c r="C1" s="2"><v>0.125</v></c><c r="D1" s="3"><v>1234</v></c><c r="E1" s="4"><v>80</v></c><c r="F1" s="5"><v>45658</v></c><c r="G1" s="6"><v>45658.5</v></c><c r="H1" s="1" t="s"><v>0</v></c></row>';
    const parts = handMade({
      sheets: { Program: `<sheetData>${rows}</sheetData>` },
      styles,
      strings: "<si><t>teks</t></si>",
    });
    const data = read(zipParts(parts)).sheets[0]!;
    expect(data.values).toEqual([
      [1, 0.5, 0.125, 1234, 80, new Date(Date.UTC(2025, 0, 1)), new Date(Date.UTC(2025, 0, 1, 12)), "teks"],
    ]);
    expect(data.numberFormats).toEqual([[undefined, "0%", "0.00%", "#,##0", '0.0 "%"']]);
  });

  it("reads dates in the 1904 date system", () => {
    const parts = handMade({
      sheets: { Program: '<sheetData><row r="1"><c r="A1" s="1"><v>0</v></c></row></sheetData>' },
      styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
      workbookPr: '<workbookPr date1904="1"/>',
    });
    expect(read(zipParts(parts)).sheets[0]!.values).toEqual([[new Date(Date.UTC(1904, 0, 1))]]);
  });

  it("empties the cells a merge covers, keeps the top-left value, and never expands a huge merge", () => {
    const rows =
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="I1"><v>3</v></c></row><row r="2"><c r="A2"><v>4</v></c><c r="I2"><v>5</v></c></row>';
    const parts = sheet(`${rows}`);
    const name = "xl/worksheets/sheet1.xml";
    parts[name] = String(parts[name]).replace(
      "</sheetData>",
      '</sheetData><mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="H1:XFD1048576"/></mergeCells>',
    );
    expect(read(zipParts(parts)).sheets[0]!.values).toEqual([[1], [4]]);
  });

  it("reads namespace-prefixed XML, absolute and unusual part names, and leaves chart sheets out", () => {
    const parts = handMade({
      sheets: {
        Program:
          '<x:sheetData xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>ok</x:t></x:is></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData>',
        Dua: '<sheetData><row r="3"><c><v>9</v></c><c><v>8</v></c></row></sheetData>',
      },
      sheetPath: (i) => (i === 0 ? "/xl/worksheets/Data Program.xml" : "../xl/lembar/dua.xml"),
    });
    parts["xl/workbook.xml"] = String(parts["xl/workbook.xml"]).replace(
      "</sheets>",
      '<sheet name="Grafik" sheetId="9" r:id="rC"/></sheets>',
    );
    parts["xl/_rels/workbook.xml.rels"] = String(parts["xl/_rels/workbook.xml.rels"]).replace(
      "</Relationships>",
      '<Relationship Id="rC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
    );
    parts["xl/chartsheets/sheet1.xml"] = "<chartsheet/>";
    expect(read(zipParts(parts)).sheets).toEqual([
      { name: "Program", values: [["ok", 2]] },
      { name: "Dua", values: [[], [], [9, 8]] },
    ]);
  });

  it("refuses what it does not understand or cannot trust, never answering with part of a workbook", () => {
    const ok = sheet('<row r="1"><c r="A1"><v>1</v></c></row>');
    const strict = {
      ...ok,
      "xl/workbook.xml": String(ok["xl/workbook.xml"]).replace(
        "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        "http://purl.oclc.org/ooxml/spreadsheetml/main",
      ),
    };
    expect(refusalOf(zipParts(strict))).toBe("unsupported");
    const docx = zipParts({
      "[Content_Types].xml":
        '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      "word/document.xml": "<w:document/>",
    });
    expect(refusalOf(docx)).toBe("not-xlsx");
    expect(
      refusalOf(
        zipParts({
          mimetype: "application/vnd.oasis.opendocument.spreadsheet",
          "content.xml": "<office:document-content/>",
        }),
      ),
    ).toBe("not-xlsx");
    expect(refusalOf(zipParts({ "a.txt": "halo" }))).toBe("not-xlsx");
    const missing = { ...ok };
    delete missing["xl/worksheets/sheet1.xml"];
    expect(refusalOf(zipParts(missing))).toBe("invalid");
    const cut = {
      ...ok,
      "xl/worksheets/sheet1.xml": String(ok["xl/worksheets/sheet1.xml"]).replace("</worksheet>", ""),
    };
    expect(refusalOf(zipParts(cut))).toBe("invalid");
    const dtd = {
      ...ok,
      "xl/worksheets/sheet1.xml": String(ok["xl/worksheets/sheet1.xml"]).replace(
        "<worksheet",
        '<!DOCTYPE x [<!ENTITY a "b">]><worksheet',
      ),
    };
    expect(refusalOf(zipParts(dtd))).toBe("unsupported");
    const badString = sheet('<row r="1"><c r="A1" t="s"><v>4</v></c></row>');
    expect(refusalOf(zipParts(badString))).toBe("invalid");
    expect(refusalOf(new TextEncoder().encode("Kode;Uraian\n"))).toBe("not-xlsx");
  });

  it("reads runs of empty styled cells as their last cell's position, and refuses a bad reference inside one", () => {
    const empty = (refs: string[]) => refs.map((r) => `<c r="${r}" s="1"/>`).join("");
    const values = (rows: string) => read(zipParts(sheet(rows))).sheets[0]!.values;
    // A cell without `r` follows the run's last cell; `<row>` without `r` follows the last row.
    expect(
      values(
        `<row r="2" spans="1:9">${empty(["A2", "B2", "C2"])}<c t="inlineStr"><is><t>x</t></is></c>${empty(["E2", "F2"])}<c r="G2"><v>7</v></c></row>` +
          `<row>${empty(["A3", "B3"])}<c><v>1</v></c></row><row r="4">${empty(["A9", "B9"])}<c><v>2</v></c></row>`,
      ),
    ).toEqual([
      [],
      [null, null, null, "x", null, null, 7],
      [null, null, 1],
      [],
      [],
      [],
      [],
      [],
      [null, null, 2],
    ]);
    // Only plain A1 references are skipped: a lower-case, far or row-0 one is read (and refused) as before.
    expect(refusalOf(zipParts(sheet(`<row r="1">${empty(["A1", "B99999999", "C1"])}</row>`)))).toBe(
      "invalid",
    );
    expect(refusalOf(zipParts(sheet(`<row r="1">${empty(["A1", "XFE1", "C1"])}</row>`)))).toBe("invalid");
    expect(values(`<row r="1">${empty(["A1", "b1", "c1"])}<c><v>3</v></c></row>`)).toEqual([
      [null, null, null, 3],
    ]);
  });

  it("decodes with the caller's UTF-8 decoder when given one (the CLI's Buffer), as with TextDecoder", () => {
    const bytes = zipParts(sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Dinas — ü</t></is></c></row>'));
    const seen: number[] = [];
    const decode = (b: Uint8Array): string => {
      seen.push(b.length);
      return new TextDecoder().decode(b);
    };
    const out = readXlsxBytes(bytes, { decode });
    expect(isRefusal(out) ? out.message.en : out.sheets[0]!.values).toEqual([["Dinas — ü"]]);
    expect(seen.length).toBeGreaterThan(0);
  });

  it("refuses over its limits: inflated size, parts, cells", () => {
    const bytes = zipParts(sheet(`<row r="1">${'<c r="A1"><v>1</v></c>'.repeat(10)}</row>`));
    const out = readXlsxBytes(bytes, { limits: { maxInflatedBytes: 500 } });
    expect(isRefusal(out) && out.refused).toBe("limit");
    expect(isRefusal(out) && out.message.en).toMatch(/more than the limit of 1 MB/);
    expect(isRefusal(readXlsxBytes(bytes, { limits: { maxParts: 3 } })) && "limit").toBe("limit");
    const wide = zipParts(sheet('<row r="1"><c r="XFD1"><v>1</v></c></row>'));
    const tooWide = readXlsxBytes(wide, { limits: { maxCells: 1000 } });
    expect(isRefusal(tooWide) && tooWide.refused).toBe("limit");
    expect((read(wide).sheets[0]!.values[0] ?? []).length).toBe(16384);
  });
});

const REF = path.resolve(__dirname, "../../../../../shared/reference");
const hasRef = fs.existsSync(REF);
if (!hasRef) console.warn(`[skip] ${REF} is absent: the reader comparison on real files is skipped.`);
(hasRef ? describe : describe.skip)("readXlsxBytes on real Excel-saved files (shared/reference)", () => {
  const files = hasRef ? fs.readdirSync(REF).filter((f) => f.endsWith(".xlsx")) : [];
  it.each(files)("reads %s exactly as ExcelJS's full reader", async (file) => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(REF, file)));
    expect(read(bytes)).toEqual(await exceljsReference(bytes));
  });
});
