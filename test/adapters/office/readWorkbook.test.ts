import { readOfficeWorkbook } from "../../../src/adapters/office/readWorkbook";
import { checkWorkbook } from "../../../src/core/rules";
import { FakeExcel, type FakeContext } from "./fakeExcel";
import { fakeWith, workbookOf } from "./workbooks";

const asContext = (c: FakeContext) => c as unknown as Excel.RequestContext;

describe("readOfficeWorkbook", () => {
  test("readOfficeWorkbook(context) gives values and number formats from A1 even when the used range starts at C3", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("Program");
    sheet.input(2, 2, "'Kode");
    sheet.input(3, 3, 0.755);
    sheet.setFormat(3, 3, "0.0%");
    const read = await excel.run((c) => readOfficeWorkbook(asContext(c)));
    expect(read.workbook.sheets).toEqual([
      {
        name: "Program",
        values: [[], [], [null, null, "Kode", ""], [null, null, "", 0.755]],
        numberFormats: [
          [],
          [],
          [undefined, undefined, "General", "General"],
          [undefined, undefined, "General", "0.0%"],
        ],
      },
    ]);
  });

  test("an empty sheet reads as no rows, and generated sheets are listed but not read", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Tujuan RPD");
    excel.addSheet("Hasil Pemeriksaan", [["old report"]]);
    excel.addSheet("Capaian 2025", [["x"]]);
    excel.addSheet("Cadangan Program 20250101-0900", [["x"]]);
    const read = await excel.run((c) => readOfficeWorkbook(asContext(c)));
    expect(read.workbook.sheets).toEqual([{ name: "Tujuan RPD", values: [] }]);
    expect(read.sheetNames).toEqual([
      "Tujuan RPD",
      "Hasil Pemeriksaan",
      "Capaian 2025",
      "Cadangan Program 20250101-0900",
    ]);
  });

  test("readOfficeWorkbook(context, names) reads only the named sheets, matched like SPEC §3 names", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Program", [["a"]]);
    excel.addSheet("Cascading", [["b"]]);
    const read = await excel.run((c) => readOfficeWorkbook(asContext(c), [" cascading "]));
    expect(read.workbook.sheets.map((s) => [s.name, s.values])).toEqual([["Cascading", [["b"]]]]);
  });

  test.each([100, 1000, 10000])(
    "reading %i indicators takes 2 syncs and the same proxy calls at every size, and checks clean",
    async (n) => {
      const excel = fakeWith(workbookOf(n));
      const read = await excel.run((c) => readOfficeWorkbook(asContext(c)));
      expect(excel.syncs).toBe(2);
      // 1 load of names + per sheet (6 sheets): getUsedRange… load = one queued call
      expect(excel.proxyCalls).toBe(1 + 6);
      expect(read.workbook.sheets.find((s) => s.name === "Sub Kegiatan")?.values.length).toBe(n - 4 + 1);
      expect(checkWorkbook(read.workbook, { now: new Date(2026, 0, 1) })).toEqual([]);
    },
  );

  test("readOfficeWorkbook(context) reads formulas as their cached results from `values`, 0 included, never their formula text", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("Program", [
      ["Kode", "Target 2025", "Realisasi 2025"],
      ["1", null, null],
    ]);
    sheet.calculated(1, 1, "=10*0", 0);
    sheet.calculated(1, 2, "=B2+7", 7);
    const read = await excel.run((c) => readOfficeWorkbook(asContext(c)));
    expect(read.workbook.sheets[0]?.values).toEqual([
      ["Kode", "Target 2025", "Realisasi 2025"],
      ["1", 0, 7],
    ]);
  });

  test("the fake refuses to read a property before load and sync, as Office.js does", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Program", [["a"]]);
    await expect(
      excel.run(async (c) => {
        const range = c.workbook.worksheets.getItem("Program").getRange("A1");
        range.load("values");
        return range.values; // no sync yet
      }),
    ).rejects.toThrow(/PropertyNotLoaded/);
  });
});
