import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { isReadFailure, readXlsxFile } from "../../../src/adapters/xlsx/readFile";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokin-readfile-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, bytes);
  return p;
}

/** The failure kind, and the message's languages checked to be one line each. */
async function failureOf(p: string): Promise<string> {
  const read = await readXlsxFile(p);
  if (!isReadFailure(read)) return "read";
  for (const text of [read.message.id, read.message.en]) {
    expect(text).not.toMatch(/\n|\bat .*:\d+/);
    expect(text).toContain(p);
  }
  return read.failure;
}

describe("readXlsxFile(path)", () => {
  it("reads a real .xlsx into its sheets", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Pengaturan").addRow(["Kunci", "Nilai"]);
    const p = path.join(dir, "ok.xlsx");
    await wb.xlsx.writeFile(p);
    expect(await readXlsxFile(p)).toEqual({ sheets: [{ name: "Pengaturan", values: [["Kunci", "Nilai"]] }] });
  });

  it("says the file is missing", async () => {
    expect(await failureOf(path.join(dir, "tidak-ada.xlsx"))).toBe("missing");
  });

  it("says an empty file is empty", async () => {
    expect(await failureOf(file("kosong.xlsx", ""))).toBe("empty");
  });

  it("says a text file renamed .xlsx is not an .xlsx", async () => {
    expect(await failureOf(file("teks.xlsx", "Kode;Uraian\n1;Tujuan\n"))).toBe("not-xlsx");
  });

  it("says a folder is not an .xlsx", async () => {
    fs.mkdirSync(path.join(dir, "folder.xlsx"), { recursive: true });
    expect(await failureOf(path.join(dir, "folder.xlsx"))).toBe("not-xlsx");
  });

  it("says an OLE compound file (password-protected .xlsx or old .xls) is encrypted or .xls", async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const p = file("rahasia.xlsx", ole);
    expect(await failureOf(p)).toBe("encrypted");
    const read = await readXlsxFile(p);
    expect(isReadFailure(read) && read.message.id).toContain("terenkripsi atau format lama .xls");
  });

  it("says a damaged zip cannot be read, in one line", async () => {
    const zipHeaderOnly = new Uint8Array(64);
    zipHeaderOnly.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await failureOf(file("rusak.xlsx", zipHeaderOnly))).toBe("unreadable");
  });
});

describe("readXlsxFile(path) with Pokin's reader", () => {
  it("reads a workbook saved with workbook.xml last in the zip (as openpyxl writes it)", async () => {
    const { reorder } = await import("./reader/zipParts");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Program").addRow(["Kode", { formula: "1-1", result: 0 }]);
    const p = file("openpyxl.xlsx", reorder(new Uint8Array(await wb.xlsx.writeBuffer()), "workbook-last"));
    expect(await readXlsxFile(p)).toEqual({ sheets: [{ name: "Program", values: [["Kode", 0]] }] });
  });

  it("says a .docx or an .ods renamed .xlsx is not an .xlsx", async () => {
    const { zipParts } = await import("./reader/zipParts");
    const docx = zipParts({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" });
    expect(await failureOf(file("surat.xlsx", docx))).toBe("not-xlsx");
    const ods = zipParts({
      mimetype: "application/vnd.oasis.opendocument.spreadsheet",
      "content.xml": "<x/>",
    });
    expect(await failureOf(file("calc.xlsx", ods))).toBe("not-xlsx");
    const read = await readXlsxFile(path.join(dir, "calc.xlsx"));
    expect(isReadFailure(read) && read.message.id).toContain("bukan berkas Excel .xlsx");
  });

  it("refuses a file over POKIN_MAX_INFLATED_MB as too large, without the full reader", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Program").addRow(["x".repeat(600_000)]);
    const p = path.join(dir, "besar.xlsx");
    await wb.xlsx.writeFile(p);
    process.env.POKIN_MAX_INFLATED_MB = "0.5";
    try {
      expect(await failureOf(p)).toBe("too-large");
    } finally {
      delete process.env.POKIN_MAX_INFLATED_MB;
    }
    expect(await failureOf(p)).toBe("read");
  });
});
