import { spawnSync, execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { handMade, zipParts } from "../adapters/xlsx/reader/zipParts";

/**
 * Hostile inputs for `pokin check`'s reader, each read in a child process with 1 GB of heap and
 * 10 s: whatever the file, the reader ends with a failure value or the right clipped data — a
 * regression cannot take jest down.
 */
jest.setTimeout(120_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-reader-hostile-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs readXlsxFile on a path in a child (compiled on the fly by ts-jest's TypeScript). */
function readInChild(file: string): { out: string; status: number | null; signal: NodeJS.Signals | null } {
  const runner = path.join(dir, "runner.js");
  if (!fs.existsSync(runner)) {
    // Compiled inside the checkout so that its node_modules resolve.
    const out = path.resolve(__dirname, "../../node_modules/.cache/pokin-reader-hostile");
    execFileSync(
      process.execPath,
      [
        require.resolve("typescript/bin/tsc"),
        "-p",
        path.resolve(__dirname, "../../tsconfig.cli.json"),
        "--outDir",
        out,
      ],
      { stdio: "pipe" },
    );
    fs.writeFileSync(
      runner,
      `const { readXlsxFile } = require(${JSON.stringify(path.join(out, "adapters/xlsx/readFile.js"))});
       readXlsxFile(process.argv[2]).then((r) => {
         const summary = r.failure ? { failure: r.failure, id: r.message.id, en: r.message.en }
           : { sheets: r.sheets.map((s) => ({ name: s.name, rows: s.values.length, cells: s.values.reduce((n, row) => n + row.length, 0), first: s.values[0] })) };
         process.stdout.write(JSON.stringify(summary));
       });`,
    );
  }
  const r = spawnSync(process.execPath, ["--max-old-space-size=1024", runner, file], {
    encoding: "utf8",
    timeout: 10_000,
  });
  return { out: r.stdout, status: r.status, signal: r.signal };
}

function expectFailure(file: string, failure: string): void {
  const r = readInChild(file);
  expect({ status: r.status, signal: r.signal }).toEqual({ status: 0, signal: null });
  const got = JSON.parse(r.out) as { failure?: string; id?: string; en?: string };
  expect(got.failure).toBe(failure);
  expect(`${got.id}\n${got.en}`.split("\n")).toHaveLength(2);
}

function write(name: string, bytes: Uint8Array): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, bytes);
  return p;
}

const oneSheet = (inner: string, after = ""): Uint8Array => {
  const parts = handMade({ sheets: { Program: `<sheetData>${inner}</sheetData>${after}` } });
  return zipParts(parts);
};

describe("hostile files end cleanly in a child process (≤ 10 s, ≤ 1 GB heap)", () => {
  it("a merge H1:XFD1048576 and a huge dimension are clipped to the data", () => {
    const bytes = oneSheet(
      '<row r="1"><c r="A1"><v>1</v></c><c r="I1"><v>2</v></c></row><row r="2"><c r="I2"><v>3</v></c></row>',
      '<mergeCells count="1"><mergeCell ref="H1:XFD1048576"/></mergeCells>',
    );
    const withDim = Buffer.from(bytes);
    const r = readInChild(write("gabung.xlsx", withDim));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ sheets: [{ name: "Program", rows: 1, cells: 1, first: [1] }] });
    const dim = zipParts(
      handMade({
        sheets: {
          Program:
            '<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>',
        },
      }),
    );
    expect(JSON.parse(readInChild(write("dimensi.xlsx", dim)).out)).toEqual({
      sheets: [{ name: "Program", rows: 1, cells: 1, first: [1] }],
    });
  });

  it("an empty-row bomb (0.7 MB of <row/>) allocates nothing per empty row", () => {
    let rows = "";
    for (let r = 1; rows.length < 700_000; r++) rows += `<row r="${r}"/>`;
    const r = readInChild(
      write(
        "baris-kosong.xlsx",
        oneSheet(`<row r="1"><c r="A1"><v>7</v></c></row>${rows.replace('<row r="1"/>', "")}`),
      ),
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ sheets: [{ name: "Program", rows: 1, cells: 1, first: [7] }] });
  });

  it("a zip bomb over the inflated-size limit is refused before inflating", () => {
    const parts = handMade({ sheets: { Program: "<sheetData/>" } });
    // 1 MB of zeros whose declared size is 210 MB, as a real bomb declares it.
    const bomb = Buffer.from(zipParts({ ...parts, "xl/media/bom.bin": new Uint8Array(1024 * 1024) }));
    const name = Buffer.from("xl/media/bom.bin");
    for (let i = bomb.indexOf(name); i >= 0; i = bomb.indexOf(name, i + 1)) {
      const central = bomb.readUInt32LE(i - 46) === 0x02014b50;
      bomb.writeUInt32LE(210 * 1024 * 1024, central ? i - 46 + 24 : i - 30 + 22);
    }
    expectFailure(write("bom.xlsx", bomb), "too-large");
  });

  it("a part that lies about its size (inflates past it) is refused, not read in part", () => {
    const bytes = oneSheet(`<row r="1"><c r="A1"><v>1</v></c></row>`);
    // Patch the sheet's declared size (central directory and local header) to half its real size.
    const buf = Buffer.from(bytes);
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    for (let i = buf.indexOf(name); i >= 0; i = buf.indexOf(name, i + 1)) {
      const central = buf.readUInt32LE(i - 46) === 0x02014b50;
      const sizeAt = central ? i - 46 + 24 : i - 30 + 22;
      buf.writeUInt32LE(Math.floor(buf.readUInt32LE(sizeAt) / 2), sizeAt);
    }
    expectFailure(write("bohong.xlsx", buf), "unreadable");
  });

  it("more than 10,000 parts is refused", () => {
    const parts: Record<string, string> = handMade({ sheets: { Program: "<sheetData/>" } }) as Record<
      string,
      string
    >;
    for (let i = 0; i < 10_001; i++) parts[`xl/x/${i}.xml`] = "";
    expectFailure(write("bagian.xlsx", zipParts(parts)), "too-large");
  });

  it("a FIFO, /dev/zero and a folder are refused without being read", () => {
    const fifo = path.join(dir, "pipa.xlsx");
    const made = spawnSync("mkfifo", [fifo]);
    if (made.status === 0) expectFailure(fifo, "not-xlsx");
    else console.warn("[skip] mkfifo is not available: the FIFO case is skipped.");
    if (fs.existsSync("/dev/zero")) expectFailure("/dev/zero", "not-xlsx");
    fs.mkdirSync(path.join(dir, "folder.xlsx"));
    expectFailure(path.join(dir, "folder.xlsx"), "not-xlsx");
  });

  it("a .docx, an .ods and a plain zip renamed .xlsx are not .xlsx files", () => {
    const docx = zipParts({
      "[Content_Types].xml":
        '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      "_rels/.rels":
        '<Relationships><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      "word/document.xml": "<w:document/>",
    });
    expectFailure(write("surat.xlsx", docx), "not-xlsx");
    expectFailure(
      write(
        "calc.xlsx",
        zipParts({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" }),
      ),
      "not-xlsx",
    );
    expectFailure(write("arsip.xlsx", zipParts({ "a.txt": "halo" })), "not-xlsx");
  });
});
