import { insertCapaianInExcel, selectionForCapaian } from "../../../src/adapters/office/insertCapaianApply";
import type { FakeContext, FakeExcel } from "./fakeExcel";
import { fakeWith, workbookOf } from "./workbooks";

const asContext = (c: FakeContext) => c as unknown as Excel.RequestContext;
const TABLE = [
  ["Indikator", "Target", "Realisasi", "Polaritas"],
  ["Angka kemiskinan", 10, 9, "Negatif"],
  ["Cakupan layanan", 80, 84, "Positif"],
  ["Jumlah penerima", 0, 0, "Positif"],
];

/** A clean workbook plus a table of the user's own on `LKjIP 2025`, selected A1:D4. */
function excelWithTable(): FakeExcel {
  const excel = fakeWith(workbookOf(8));
  excel.addSheet("LKjIP 2025", TABLE);
  excel.selection = { sheet: "'LKjIP 2025'", address: "A1:D4" };
  return excel;
}
const request = (sheet = "LKjIP 2025") => ({
  sheet,
  range: { row: 0, col: 0, rows: 4, cols: 4 },
  header: true,
  targetCol: 1,
  realisasiCol: 2,
  polaritas: { col: 3 },
  lang: "id" as const,
});

describe("Sisipkan rumus capaian in Excel (recording fake)", () => {
  test("selectionForCapaian reads the selected block and its first row in 2 syncs", async () => {
    const excel = excelWithTable();
    const sel = await excel.run((c) => selectionForCapaian(asContext(c)));
    expect(excel.syncs).toBe(2);
    expect(sel).toEqual({
      sheet: "LKjIP 2025",
      range: { row: 0, col: 0, rows: 4, cols: 4 },
      columns: ["Indikator", "Target", "Realisasi", "Polaritas"].map((title, col) => ({
        col,
        letter: "ABCD"[col],
        title,
      })),
    });
  });

  test("insertCapaianInExcel writes the formulas as one range in one sync, beside the table", async () => {
    const excel = excelWithTable();
    const before = excel.writes.length;
    const out = await excel.run((c) => insertCapaianInExcel(asContext(c), request()));
    expect(out).toEqual({ capaianCol: 4, writeSyncs: 1 });
    expect(excel.writes.slice(before).filter((w) => /set (values|formulas)$/.test(w))).toEqual([
      "set formulas",
    ]);
    const grid = excel.sheet("LKjIP 2025")!.formulaGrid(0, 4, 4, 2);
    expect(grid[0]).toEqual(["Capaian (%)", "Predikat"]);
    expect(grid[1]![0]).toMatch(/^=IF\(OR\(LOWER\(TRIM\(D2\)\)=.*B2.*C2/);
    expect(grid[3]![1]).toMatch(/^=.*E4/);
  });

  test.each([
    ["a level sheet", "Program", "insert.sheet"],
    ["Pokin's report sheet", "Hasil Pemeriksaan", "insert.sheet"],
  ])("refuses %s and writes nothing", async (_n, sheet, code) => {
    const excel = excelWithTable();
    excel.addSheet("Hasil Pemeriksaan", TABLE);
    const before = excel.writes.length;
    const out = await excel.run((c) => insertCapaianInExcel(asContext(c), request(sheet)));
    expect(out.problem?.code).toBe(code);
    expect(out.problem?.message.id).toMatch(/milik Pokin/);
    expect(out.problem?.message.en).toMatch(/Pokin's own/);
    expect(excel.writes.length).toBe(before);
  });

  test("refuses when the two columns right of the table hold something, naming the cells", async () => {
    const excel = excelWithTable();
    excel.sheet("LKjIP 2025")!.input(2, 5, "catatan");
    const before = excel.writes.length;
    const out = await excel.run((c) => insertCapaianInExcel(asContext(c), request()));
    expect(out.problem?.code).toBe("insert.occupied");
    expect(out.problem?.message.en).toContain("E3:F3");
    expect(excel.writes.length).toBe(before);
  });
});
