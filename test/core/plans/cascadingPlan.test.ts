import { MemoryWorkbook } from "../../../src/adapters/memory";
import { buildModel } from "../../../src/core/model/buildModel";
import { CASCADING_HEADER_ROW, cascadingPlan } from "../../../src/core/plans/cascadingPlan";
import { DEFAULT_ROW_HEIGHT, textHeight, wrappedLines } from "../../../src/core/plans/rowHeights";
import { bigWorkbookData } from "../../helpers/bigWorkbook";
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

  test("cascadingPlan makes a leaf's row as tall as its long Indikator and spreads a long parent over its leaves", () => {
    const LONG =
      "Jumlah orang yang mendapatkan pemenuhan kebutuhan permakanan sesuai dengan standar gizi minimal kewenangan Kabupaten/Kota";
    const model = treeModel((levels) => {
      levels[0]![0] = { ...levels[0]![0]!, uraian: `${LONG} ${LONG} ${LONG}` };
      levels[2]![0] = { ...levels[2]![0]!, indikator: LONG };
    });
    const plan = cascadingPlan(model, 2025, "id", AT);
    const widthOf = (col: number) => plan.columnWidths!.find((w) => w.col === col)!.width;
    const height = (row: number) => plan.rowHeights!.find((h) => h.row === row)?.height ?? DEFAULT_ROW_HEIGHT;
    // 1.1.1 is the first leaf (row FIRST), its Indikator in column 12; Tujuan A's Uraian (column 1)
    // is merged over its three leaves; 9.9.9, whose parent link is broken, has a row of its own.
    expect(height(FIRST)).toBeGreaterThanOrEqual(textHeight(wrappedLines(LONG, widthOf(12), 10), 10));
    const spanned = [0, 1, 2].reduce((n, k) => n + height(FIRST + k), 0);
    expect(spanned).toBeGreaterThanOrEqual(
      textHeight(wrappedLines(`${LONG} ${LONG} ${LONG}`, widthOf(1), 10), 10),
    );
    expect(height(FIRST + 3)).toBe(DEFAULT_ROW_HEIGHT);
  });

  test("cascadingPlan prints landscape one page wide on paper that fits its width, the two header rows on every page, the agency and year on top", () => {
    const print = cascadingPlan(treeModel(), 2025, "id", AT).print;
    expect(print).toEqual({
      landscape: true,
      paperSize: "A3", // five column groups: too wide for A4 at a readable size
      fitToWidth: true, // one page wide, any number tall: Excel and LibreOffice keep the row breaks then
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      repeatRows: [3, CASCADING_HEADER_ROW],
      header: "Dinas Uji — Cascading 2025",
    });
  });

  test("a tall Cascading breaks into pages whose first row names every ancestor, and no merged cell runs over a page break", () => {
    const model = buildModel(bigWorkbookData(600));
    const plan = cascadingPlan(model, 2025, "id", AT);
    const wb = new MemoryWorkbook();
    wb.apply({ sheets: [plan] });
    const sheet = wb.sheet("Cascading")!;
    const breaks = plan.print?.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(5);
    for (const b of breaks)
      expect(sheet.merges.filter((m) => m.row < b && b < m.row + (m.rows ?? 1))).toEqual([]);
    // The leaf on each page's first row, and the Kode each level's column must show there.
    const leafAt = new Map<number, (typeof model.indicators)[number]>();
    const levels = model.levels.length;
    for (let r = FIRST; r < FIRST + 2000; r++) {
      const kode = [...Array(levels).keys()]
        .map((l) => sheet.value(r, l * 5))
        .filter((v) => v !== null)
        .pop();
      const ind = model.indicators.find((i) => i.kode === kode);
      if (ind) leafAt.set(r, ind);
    }
    for (const b of breaks) {
      const chain: string[] = [];
      for (let ind = leafAt.get(b); ind; ind = ind.parent) chain.unshift(ind.kode);
      expect({ row: b, kodes: [...Array(chain.length).keys()].map((l) => sheet.value(b, l * 5)) }).toEqual({
        row: b,
        kodes: chain,
      });
      expect(chain.length).toBeGreaterThan(1);
    }
  });

  test("each page's rows fit the page at Excel's one-page-wide scale, the repeated header included", () => {
    const plan = cascadingPlan(buildModel(bigWorkbookData(600)), 2025, "id", AT);
    const heights = new Map((plan.rowHeights ?? []).map((h) => [h.row, h.height]));
    const height = (r: number) => heights.get(r) ?? DEFAULT_ROW_HEIGHT;
    const widths = (plan.columnWidths ?? []).reduce((sum, w) => sum + (7 * w.width + 5) * 0.75, 0);
    // A3 landscape less 0.75 in top and bottom, at the scale that fits the width (1118.55 pt).
    const room = ((841.89 - 108) * widths) / 1118.55;
    const edges = [0, ...plan.print!.rowBreaks!, plan.rowHeights!.at(-1)!.row + 1];
    for (let p = 0; p + 1 < edges.length; p++) {
      let used = p === 0 ? 0 : height(3) + height(4);
      for (let r = edges[p]!; r < edges[p + 1]!; r++) used += height(r);
      expect(used).toBeLessThanOrEqual(room);
    }
  });
});
