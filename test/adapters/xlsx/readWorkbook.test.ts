import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import { loadXlsx, readXlsx, workbookToData } from "../../../src/adapters/xlsx/readWorkbook";

/** An array with entries only at the given indexes (holes read as undefined, as in the adapter). */
function sparse(entries: Record<number, string>): (string | undefined)[] {
  return Object.assign([], entries);
}

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** One sheet holding every kind of value ExcelJS can store, laid out in row 1. */
function everyKindOfValue(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Nilai");
  ws.getCell("A1").value = 1.5;
  ws.getCell("B1").value = "teks";
  ws.getCell("C1").value = true;
  ws.getCell("D1").value = new Date(Date.UTC(2025, 0, 31));
  ws.getCell("E1").value = { formula: "A1*2", result: 3 };
  ws.getCell("F1").value = { formula: "A1*3" };
  ws.getCell("G1").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
  ws.getCell("H1").value = { richText: [{ text: "Tebal", font: { bold: true } }, { text: " biasa" }] };
  ws.getCell("I1").value = { text: "Situs", hyperlink: "https://example.org" };
  ws.getCell("J1").value = 0.755;
  ws.getCell("J1").numFmt = "0.0%";
  ws.getCell("K1").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
  ws.getCell("L1").value = "=SUM(A1)";
  // Row 2 stays empty; row 3 has a value in C only.
  ws.getCell("C3").value = "jauh";
  // A merged range: Office.js gives the value in the first cell only.
  ws.getCell("A5").value = "Gabung";
  ws.mergeCells("A5:C5");
  // A shared formula down B7:B9, with cached results.
  ws.getCell("A7").value = 1;
  ws.getCell("A8").value = 2;
  ws.getCell("A9").value = 3;
  ws.fillFormula("B7:B9", "A7*10", [10, 20, 30]);
  ws.getCell("C7").value = 1234.5;
  ws.getCell("C7").numFmt = "#,##0.00";
  ws.getCell("D7").value = { formula: "C7/10000", result: 0.12345 };
  ws.getCell("D7").numFmt = "0%";
  wb.addWorksheet("Kosong");
  return wb;
}

describe("readXlsx(bytes)", () => {
  it("gives every kind of cell value as Office.js would: results, error text, plain text of rich text and links", async () => {
    const data = await readXlsx(await bytesOf(everyKindOfValue()));
    expect(data).toEqual({
      sheets: [
        {
          name: "Nilai",
          values: [
            [
              1.5,
              "teks",
              true,
              new Date(Date.UTC(2025, 0, 31)),
              3,
              null,
              "#REF!",
              "Tebal biasa",
              "Situs",
              0.755,
              "#DIV/0!",
              "=SUM(A1)",
            ],
            [],
            [null, null, "jauh"],
            [],
            ["Gabung"],
            [],
            [1, 10, 1234.5, 0.12345],
            [2, 20],
            [3, 30],
          ],
          numberFormats: [
            sparse({ 9: "0.0%" }),
            [],
            [],
            [],
            [],
            [],
            sparse({ 2: "#,##0.00", 3: "0%" }),
            [],
            [],
          ],
        },
        { name: "Kosong", values: [] },
      ],
    });
  });

  it("reads the same bytes given as an ArrayBuffer (the browser's File.arrayBuffer())", async () => {
    const bytes = await bytesOf(everyKindOfValue());
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect(await readXlsx(copy)).toEqual(await readXlsx(bytes));
  });

  it("keeps the sheets in tab order, not in the order they were created", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Kedua");
    wb.addWorksheet("Pertama");
    (wb.getWorksheet("Pertama") as unknown as { orderNo: number }).orderNo = 0;
    const data = await readXlsx(await bytesOf(wb));
    expect(data.sheets.map((s) => s.name)).toEqual(["Pertama", "Kedua"]);
  });

  it("rejects bytes that are not an .xlsx", async () => {
    await expect(readXlsx(new TextEncoder().encode("bukan excel"))).rejects.toThrow();
  });
});

describe("workbookToData(wb)", () => {
  it("converts a workbook in memory without writing it, a formula without a result being null", () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Program");
    ws.addRow(["Kode", "Target 2025"]);
    ws.addRow(["1", { formula: "2+2" }]);
    expect(workbookToData(wb)).toEqual({
      sheets: [
        {
          name: "Program",
          values: [
            ["Kode", "Target 2025"],
            ["1"], // the formula's missing result reads as empty, and trailing empties are dropped
          ],
        },
      ],
    });
  });
});

describe("workbookToData(await loadXlsx(bytes)) with cached results of 0", () => {
  it("reads a formula whose cached result is 0 as 0, plain and shared, as the pane and the writers see it", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Program");
    ws.addRow(["Kode", "Target 2025", "Realisasi 2025"]);
    ws.getCell("A2").value = "1";
    ws.getCell("B2").value = { formula: "4*0", result: 0 };
    ws.getCell("C2").value = { formula: "B2*2", result: 0 };
    ws.getCell("A3").value = "2";
    ws.getCell("B3").value = 5;
    ws.fillFormula("C2:C3", "B2*0", [0, 0]);
    const bytes = await bytesOf(wb);
    // ExcelJS itself drops the 0 from `value` after a load; the reader must not.
    const loaded = await loadXlsx(bytes);
    expect(loaded.getWorksheet("Program")?.getCell("B2").value).toEqual({ formula: "4*0" });
    const expected = [
      ["Kode", "Target 2025", "Realisasi 2025"],
      ["1", 0, 0],
      ["2", 5, 0],
    ];
    expect(workbookToData(loaded).sheets[0]?.values).toEqual(expected);
    expect((await readXlsx(bytes)).sheets[0]?.values).toEqual(expected);
  });
});

const REF = path.resolve(__dirname, "../../../../shared/reference");
const hasRef = fs.existsSync(REF);
if (!hasRef) console.warn(`[skip] ${REF} is absent: the real-file reading test is skipped.`);
(hasRef ? describe : describe.skip)("readXlsx on real Bappeda files (shared/reference)", () => {
  const files = hasRef ? fs.readdirSync(REF).filter((f) => f.endsWith(".xlsx")) : [];
  it.each(files)("reads %s into non-empty sheets of plain values", async (file) => {
    const data = await readXlsx(fs.readFileSync(path.join(REF, file)));
    expect(data.sheets.length).toBeGreaterThan(0);
    const kinds = new Set<string>();
    for (const sheet of data.sheets) {
      for (const row of sheet.values)
        for (const v of row) kinds.add(v instanceof Date ? "date" : v === null ? "null" : typeof v);
    }
    expect([...kinds].filter((k) => !["string", "number", "boolean", "date", "null"].includes(k))).toEqual(
      [],
    );
    expect(
      data.sheets.some((s) => s.values.some((r) => r.some((v) => typeof v === "string" && v.trim() !== ""))),
    ).toBe(true);
  });
});
