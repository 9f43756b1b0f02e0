import ExcelJS from "exceljs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { templateAction } from "../../../src/core/actions";
import { applyPlan } from "../../../src/adapters/xlsx/applyPlan";
import { readXlsx, workbookToData } from "../../../src/adapters/xlsx/readWorkbook";
import { sheetMerges } from "../../../src/adapters/xlsx/sheetMerges";
import { writeXlsx } from "../../../src/adapters/xlsx/writeXlsx";
import { BrowserHost } from "../../../src/taskpane/hosts/browserHost";
import { LazyWorkbook } from "../../../src/taskpane/hosts/lazyWorkbook";
import { openXlsx } from "../../../src/taskpane/hosts/openXlsx";
import { PaneError } from "../../../src/taskpane/hosts/paneError";

// Outside Office the pane reads files with Pokin's own reader (issue 15 §4); ExcelJS's chunk
// (xlsxRuntime) loads only when something is written. The real module, behind a proxy that
// notes every use of it (awaiting `import()` itself reads its `then`): `used` stays empty as long
// as the pane never fetched that chunk.
const used: string[] = [];
jest.mock("../../../src/taskpane/hosts/xlsxRuntime", () => {
  const actual = jest.requireActual("../../../src/taskpane/hosts/xlsxRuntime");
  return new Proxy(actual, {
    get(target, key) {
      used.push(String(key));
      return target[key];
    },
  });
});

/** A small workbook with a merged header, a number format and a formula, as Excel users make them. */
async function renja(): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Renja");
  ws.getCell("A1").value = "Program";
  ws.getCell("C1").value = "Target";
  ws.mergeCells("C1:D1");
  ws.getCell("C2").value = 2025;
  ws.getCell("D2").value = 2026;
  ws.getCell("A3").value = "Program A";
  ws.getCell("C3").value = 0.5;
  ws.getCell("C3").numFmt = "0%";
  ws.getCell("D3").value = { formula: "C3*2", result: 1 };
  wb.addWorksheet("Catatan").getCell("B2").value = "teks";
  const bytes = await writeXlsx(wb);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

const file = (name: string, bytes: ArrayBuffer) =>
  ({ name, arrayBuffer: async () => bytes }) as unknown as File;

beforeEach(() => {
  used.length = 0;
});

describe("the browser pane reads with Pokin's reader", () => {
  test("a template's values are what ExcelJS reads back from the written template", async () => {
    for (const [sample, lang] of [
      [true, "id"],
      [true, "en"],
      [false, "id"],
    ] as const) {
      const out = templateAction({ sample, lang });
      const wb = new ExcelJS.Workbook();
      applyPlan(wb, out.plan);
      expect(out.values).toEqual(workbookToData(wb));
      expect(out.values).toEqual(await readXlsx(await writeXlsx(wb)));
    }
  });

  test("opening the sample and a file, and previewing an import, never load ExcelJS's chunk", async () => {
    const host = new BrowserHost("id");
    await host.loadSample("id");
    expect(host.getState().data!.sheets.map((s) => s.name)).toContain("Program");
    const bytes = await renja();
    await host.openFile(file("renja.xlsx", bytes));
    expect(host.getState().data).toEqual(await readXlsx(bytes));
    expect(host.getState().fileName).toBe("renja.xlsx");
    const preview = await host.previewImport({ sheet: "renja" });
    expect(preview.sheet).toBe("Renja");
    expect(used).toEqual([]);
  });

  test("the merged ranges are ExcelJS's, before and after ExcelJS holds the workbook", async () => {
    const bytes = await renja();
    const opened = await openXlsx(bytes, "renja.xlsx");
    expect(opened.workbook).toBeUndefined();
    const expected = sheetMerges(await new ExcelJS.Workbook().xlsx.load(bytes), "Renja");
    expect(expected).toEqual([{ row: 0, col: 2, rows: 1, cols: 2 }]);
    const lazy = LazyWorkbook.fromFile(opened, bytes, "renja.xlsx");
    expect(await lazy.mergesOf("RENJA")).toEqual(expected);
    await lazy.write({
      sheets: [{ name: "Baru", mode: "create", blocks: [{ row: 0, col: 0, values: [[1]] }] }],
    });
    expect(used).toContain("then");
    expect(await lazy.mergesOf("Renja")).toEqual(expected);
  });

  test("Unduh gives the opened bytes back untouched until something is written, then the written file", async () => {
    const bytes = await renja();
    const lazy = LazyWorkbook.fromFile(await openXlsx(bytes, "renja.xlsx"), bytes, "renja.xlsx");
    expect(new Uint8Array(await (await lazy.blob()).arrayBuffer())).toEqual(new Uint8Array(bytes));
    expect(used).toEqual([]);
    const after = await lazy.write({
      sheets: [{ name: "Baru", mode: "create", blocks: [{ row: 0, col: 0, values: [["x", 2]] }] }],
    });
    const saved = await readXlsx(new Uint8Array(await (await lazy.blob()).arrayBuffer()));
    expect(saved).toEqual(after);
    expect(saved.sheets.map((s) => s.name)).toEqual(["Renja", "Catatan", "Baru"]);
    expect(saved.sheets[2]!.values).toEqual([["x", 2]]);
  });

  test("Buat writes through ExcelJS into the open workbook, keeping its sheets", async () => {
    const host = new BrowserHost("id");
    await host.loadSample("id");
    const before = host.getState().data!;
    await host.build({
      orientation: "down",
      year: 2025,
      lang: "id",
      generatedAt: new Date(2026, 0, 2),
      sheets: ["capaian"],
    });
    expect(used).toContain("then");
    const after = host.getState().data!;
    expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
    expect(after.sheets.map((s) => s.name).at(-1)).toBe("Capaian 2025");
  });

  test("a Strict OOXML file, which Pokin's reader defers, is read by ExcelJS", async () => {
    const bytes = await renja();
    const strict = Object.fromEntries(
      Object.entries(unzipSync(new Uint8Array(bytes))).map(([name, data]) => [
        name,
        /\.(xml|rels)$/.test(name)
          ? strToU8(
              new TextDecoder()
                .decode(data)
                .replaceAll(
                  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                  "http://purl.oclc.org/ooxml/spreadsheetml/main",
                )
                .replaceAll(
                  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                  "http://purl.oclc.org/ooxml/officeDocument/relationships",
                ),
            )
          : data,
      ]),
    );
    const zipped = zipSync(strict);
    const opened = await openXlsx(zipped.buffer as ArrayBuffer, "strict.xlsx");
    expect(opened.workbook).toBeDefined();
    expect(used).toContain("then");
    expect(opened.data.sheets.map((s) => s.name)).toEqual(["Renja", "Catatan"]);
    expect(opened.data.sheets[0]!.values[2]).toEqual(["Program A", null, 0.5, 1]);
  });

  test("damaged, encrypted and empty files are refused with one clear line, without ExcelJS", async () => {
    const bytes = new Uint8Array(await renja());
    const cut = bytes.slice(0, bytes.length >> 1);
    const cases: [Uint8Array, string][] = [
      [cut, "Berkas “rusak.xlsx” tidak dapat dibaca sebagai buku kerja Excel (.xlsx)."],
      [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), "Berkas “rusak.xlsx” dilindungi kata sandi"],
      [new Uint8Array(0), "Berkas “rusak.xlsx” kosong (0 bita)."],
      [strToU8("Kode;Uraian\n1;A\n"), "Berkas “rusak.xlsx” tidak dapat dibaca"],
    ];
    for (const [data, message] of cases) {
      const failure = openXlsx(data.buffer as ArrayBuffer, "rusak.xlsx");
      await expect(failure).rejects.toBeInstanceOf(PaneError);
      await expect(failure).rejects.toMatchObject({ msg: { id: expect.stringContaining(message) } });
    }
    expect(used).toEqual([]);
  });
});
