import { buildInExcel } from "../../../src/adapters/office/buildAction";
import type { ExcelRun } from "../../../src/adapters/office/runAction";
import { capaianSheetName } from "../../../src/core/plans/capaianPlan";
import { DIAGRAM_SHEET } from "../../../src/core/plans/diagramCellsPlan";
import type { FakeExcel, FakeSheet } from "./fakeExcel";
import { fakeWith, workbookOf, WITH_SHAPES, WITHOUT_SHAPES } from "./workbooks";

const NOW = new Date(2026, 0, 15, 8, 30);
const LEVEL_SHEETS = ["Pengaturan", "Tujuan RPD", "Tujuan OPD", "Program", "Kegiatan", "Sub Kegiatan"];
const GENERATED = [DIAGRAM_SHEET, "Cascading", capaianSheetName(2026), "Hasil Pemeriksaan"];
const options = (excel: FakeExcel, shapes: boolean) => ({
  run: excel.run as unknown as ExcelRun,
  now: NOW,
  capabilities: shapes ? WITH_SHAPES : WITHOUT_SHAPES,
  sleep: async () => {},
});

/** Everything a level sheet holds that a write could change. */
const snapshot = (s: FakeSheet) => {
  const b = s.usedBounds();
  return {
    values: b ? s.formulaGrid(0, 0, b.row + b.rows, b.col + b.cols) : [],
    merges: s.merges,
    formats: s.formatLog.length,
    shapes: s.shapes.length,
  };
};

describe("buildInExcel", () => {
  test.each([true, false])(
    "uses the same number of syncs (≤ 4) and one Excel.run at 100 and 1,000 indicators (shapes: %s)",
    async (shapes) => {
      const counts = [];
      for (const n of [100, 1000]) {
        const excel = fakeWith(workbookOf(n));
        const result = await buildInExcel({ orientation: "down" }, "id", options(excel, shapes));
        expect(result.sheets).toEqual(GENERATED);
        expect(excel.runs).toBe(1);
        counts.push(excel.syncs);
      }
      expect(counts[0]).toBe(counts[1]);
      expect(counts[0]).toBeLessThanOrEqual(4);
    },
  );

  test("with ExcelApi 1.9 the diagram is rectangles with text, connectors bound to both boxes, and one group", async () => {
    const excel = fakeWith(workbookOf(8));
    const result = await buildInExcel({ orientation: "down" }, "id", options(excel, true));
    expect(result).toEqual({ sheets: GENERATED, shapesDrawn: true });
    const shapes = excel.sheet(DIAGRAM_SHEET)!.shapes;
    const boxes = shapes.filter((s) => s.kind === "geometric");
    const lines = shapes.filter((s) => s.kind === "line");
    const groups = shapes.filter((s) => s.kind === "group");
    expect(boxes.length).toBeGreaterThan(0);
    expect(
      boxes.every((b) => b.type === "Rectangle" && String(b.props["textFrame.textRange.text"]) !== ""),
    ).toBe(true);
    // The chain 1 → 1.1 → 1.1.1 → 1.1.1.1 → one Sub Kegiatan box: four statement links.
    expect(lines).toHaveLength(4);
    const names = new Set(boxes.map((b) => b.name));
    for (const line of lines) {
      expect(names.has(line.begin!.shape)).toBe(true);
      expect(names.has(line.end!.shape)).toBe(true);
    }
    // Each connector ends on the Uraian box of the next level down.
    expect(lines.map((l) => l.end!.shape)).toEqual(["1.1", "1.1.1", "1.1.1.1", "1.1.1.1.1"]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.members).toEqual([...boxes.map((b) => b.name), ...lines.map(() => "")]);
    expect(excel.sheet(DIAGRAM_SHEET)!.merges).toEqual([]);
    expect(excel.active?.name).toBe(DIAGRAM_SHEET);
  });

  test("without ExcelApi 1.9 no shape is created and the diagram is drawn in merged, filled cells", async () => {
    const excel = fakeWith(workbookOf(8));
    const result = await buildInExcel({ orientation: "right" }, "en", options(excel, false));
    expect(result).toEqual({ sheets: GENERATED, shapesDrawn: false });
    expect(excel.sheets.flatMap((s) => s.shapes)).toEqual([]);
    const diagram = excel.sheet(DIAGRAM_SHEET)!;
    expect(diagram.merges.length).toBeGreaterThan(0);
    const fills = new Set(
      diagram.formatLog.filter((f) => f.prop === "format.fill.color").map((f) => f.address),
    );
    expect(diagram.merges.filter((m) => fills.has(m)).length).toBeGreaterThan(0);
    const b = diagram.usedBounds()!;
    const texts = diagram
      .valueGrid(0, 0, b.row + b.rows, b.col + b.cols)
      .flat()
      .map(String);
    // The four Sub Kegiatan indicators share one statement: each is a line of its box.
    for (const i of [1, 2, 3, 4]) expect(texts.some((t) => t.startsWith(`Jumlah penerima ${i} `))).toBe(true);
  });

  test("generated sheets are replaced, level sheets are left untouched", async () => {
    const excel = fakeWith(workbookOf(8));
    await buildInExcel({ orientation: "down" }, "id", options(excel, false));
    const before = LEVEL_SHEETS.map((name) => snapshot(excel.sheet(name)!));
    excel.sheet("Cascading")!.input(40, 40, "'stale");
    await buildInExcel({ orientation: "down" }, "id", options(excel, true));
    expect(excel.sheets.map((s) => s.name)).toEqual([...LEVEL_SHEETS, ...GENERATED]);
    expect(LEVEL_SHEETS.map((name) => snapshot(excel.sheet(name)!))).toEqual(before);
    expect(excel.sheet("Cascading")!.cell(40, 40)).toBeUndefined();
    expect(excel.sheet(DIAGRAM_SHEET)!.merges).toEqual([]);
    expect(excel.log.filter((l) => l === "delete")).toHaveLength(GENERATED.length);
  });

  test("only the chosen sheets are written, and the first of them is activated", async () => {
    const excel = fakeWith(workbookOf(8));
    const result = await buildInExcel(
      { orientation: "down", sheets: ["cascading", "capaian"], year: 2025 },
      "id",
      options(excel, true),
    );
    expect(result.sheets).toEqual(["Cascading", "Capaian 2025"]);
    expect(excel.sheets.map((s) => s.name)).toEqual([...LEVEL_SHEETS, "Cascading", "Capaian 2025"]);
    expect(excel.active?.name).toBe("Cascading");
  });

  test("a subtree Kode that is not in the tree is a problem to show, and nothing is written", async () => {
    const excel = fakeWith(workbookOf(8));
    const result = await buildInExcel({ orientation: "down", root: "9.9" }, "id", options(excel, true));
    expect(result.problem?.code).toBe("build.selection");
    expect(result.problem?.message.en).toBe("Kode '9.9' is not in the performance tree.");
    expect(excel.sheets.map((s) => s.name)).toEqual(LEVEL_SHEETS);
    expect(excel.syncs).toBe(2);
  });
});

describe("buildInExcel and the size of a request", () => {
  const build = async (n: number, payloadLimit: number) => {
    const excel = fakeWith(workbookOf(n));
    const caps = { ...WITHOUT_SHAPES, payloadLimit };
    await buildInExcel({ orientation: "down" }, "id", { ...options(excel, false), capabilities: caps });
    return excel.syncs;
  };

  test("in desktop Excel (no request limit) a build too big for one web request still takes the small build's syncs", async () => {
    expect(await build(1000, Number.POSITIVE_INFINITY)).toBe(await build(100, Number.POSITIVE_INFINITY));
  });

  test("under a request limit (Excel on the web) the same build is sent in more syncs, one per chunk", async () => {
    const unlimited = await build(1000, Number.POSITIVE_INFINITY);
    expect(await build(1000, 300_000)).toBeGreaterThan(unlimited);
  });
});
