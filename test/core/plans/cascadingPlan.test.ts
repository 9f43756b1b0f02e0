import { MemoryWorkbook } from "../../../src/adapters/memory";
import { buildModel } from "../../../src/core/model/buildModel";
import { CASCADING_HEADER_ROW, cascadingPlan } from "../../../src/core/plans/cascadingPlan";
import { cleanWorkbook } from "../../helpers/workbook";
import { treeModel } from "../layout/treeWorkbook";

const AT = new Date(2025, 0, 31, 9, 5);
const FIRST = CASCADING_HEADER_ROW + 1;

function sheetOf(model = treeModel(), year: number | undefined = 2025) {
  const wb = new MemoryWorkbook();
  wb.apply({ sheets: [cascadingPlan(model, year, "id", AT)] });
  return wb.sheet("Cascading")!;
}

/** The Kode columns of each data row: [level-1 kode, level-2 kode, …] as written (null when merged/empty). */
function kodeGrid(sheet: ReturnType<typeof sheetOf>, rows: number): unknown[][] {
  return Array.from({ length: rows }, (_, r) => [0, 5, 10, 15, 20].map((c) => sheet.value(FIRST + r, c)));
}

describe("cascadingPlan", () => {
  test("cascadingPlan(model) writes one row per leaf with each ancestor on its first descendant's row", () => {
    const sheet = sheetOf();
    expect(kodeGrid(sheet, 5)).toEqual([
      ["1", "1.1", "1.1.1", null, null],
      [null, "1.2", "1.2.1", null, null],
      [null, "1.3", "1.3.1", null, null],
      [null, null, "9.9.9", null, null],
      [null, null, null, null, null],
    ]);
  });

  test("cascadingPlan merges each ancestor's five cells over exactly its descendants' rows", () => {
    const sheet = sheetOf();
    const data = sheet.merges.filter((m) => m.row >= FIRST);
    expect(data).toEqual([0, 1, 2, 3, 4].map((k) => ({ row: FIRST, col: k, rows: 3 })));
  });

  test("cascadingPlan heads each group with the level's name as Bappeda matrices do", () => {
    const sheet = sheetOf();
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((c) => sheet.value(CASCADING_HEADER_ROW, c))).toEqual([
      "Kode",
      "Tujuan RPD",
      "Indikator Tujuan RPD",
      "Satuan",
      "Target 2025",
      "Kode",
      "Tujuan OPD",
      "Indikator Tujuan OPD",
    ]);
    expect(sheet.value(CASCADING_HEADER_ROW - 1, 10)).toBe("Program");
    expect(sheet.freeze).toEqual({ rows: FIRST });
  });

  test("cascadingPlan fills a whole chain with its values and spans a parent over two leaves", () => {
    const sheet = sheetOf(buildModel(cleanWorkbook(), { now: AT }), 2026);
    expect([0, 1, 2, 3, 4].map((c) => sheet.value(FIRST, c))).toEqual([
      "1",
      "Meningkatnya layanan dasar",
      "Persentase penanganan PPKS",
      "%",
      20,
    ]);
    expect(kodeGrid(sheet, 2)).toEqual([
      ["1", "1.1", "1.1.1", "1.1.1.1", "1.1.1.1.1"],
      [null, null, null, null, "1.1.1.1.2"],
    ]);
    expect(sheet.merges.filter((m) => m.row >= FIRST).length).toBe(4 * 5);
  });

  test("cascadingPlan writes statements starting with =, +, - or @ as plain text", () => {
    const model = buildModel(
      cleanWorkbook((levels) => {
        levels[0]![0] = { ...levels[0]![0]!, uraian: "=1+1", indikator: "@A1" };
        levels[1]![0] = { ...levels[1]![0]!, uraian: "-5", indikator: "+A2" };
      }),
      { now: AT },
    );
    const sheet = sheetOf(model);
    expect([
      sheet.value(FIRST, 1),
      sheet.value(FIRST, 2),
      sheet.value(FIRST, 6),
      sheet.value(FIRST, 7),
    ]).toEqual(["=1+1", "@A1", "-5", "+A2"]);
  });

  test("cascadingPlan of a workbook without indicators says so", () => {
    expect(sheetOf(buildModel({ sheets: [] }, { now: AT }), undefined).value(FIRST, 0)).toBe(
      "Belum ada indikator.",
    );
  });
});
