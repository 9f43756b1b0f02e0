import fc from "fast-check";
import { MemoryWorkbook } from "../../../src/adapters/memory";
import { LEVEL_FILLS, PREDIKAT_FILLS } from "../../../src/core/layout/colors";
import { DIAGRAM_ORIGIN, DIAGRAM_SHEET, diagramCellsPlan } from "../../../src/core/plans/diagramCellsPlan";
import type { FormatPlan, RangeRef, SheetPlan } from "../../../src/core/plans/types";
import { sizedModel, treeModel, treeWorkbook } from "../layout/treeWorkbook";
import { buildModel } from "../../../src/core/model/buildModel";

const AT = new Date(2025, 0, 31, 9, 5);
const plan = (model = treeModel(), orientation: "down" | "right" = "down"): SheetPlan =>
  diagramCellsPlan(model, { orientation, lang: "id", generatedAt: AT });

function applied(p: SheetPlan) {
  const wb = new MemoryWorkbook();
  wb.apply({ sheets: [p] });
  return wb.sheet(DIAGRAM_SHEET)!;
}

const inside = (r: RangeRef, row: number, col: number) =>
  row >= r.row && row < r.row + (r.rows ?? 1) && col >= r.col && col < r.col + (r.cols ?? 1);

/** True when any cell of the format's range lies in one of the boxes. */
function crosses(f: FormatPlan, boxes: readonly RangeRef[]): boolean {
  for (let r = f.range.row; r < f.range.row + (f.range.rows ?? 1); r++) {
    for (let c = f.range.col; c < f.range.col + (f.range.cols ?? 1); c++)
      if (boxes.some((b) => inside(b, r, c))) return true;
  }
  return false;
}

/** Connector formats: edges only, no fill. */
const connectors = (p: SheetPlan): FormatPlan[] => (p.formats ?? []).filter((f) => f.edges && !f.fill);

describe("diagramCellsPlan", () => {
  test("diagramCellsPlan(model) starts with the generated line and the title, and prints landscape without gridlines", () => {
    const p = plan();
    expect(p.blocks?.[0]).toEqual({
      row: 0,
      col: 0,
      values: [
        [
          "Dibuat otomatis oleh Pokin pada 2025-01-31 09:05. Ditulis ulang setiap pembuatan: jangan diubah di sini; ubah lembar level.",
        ],
        ["POHON KINERJA Dinas Uji — TAHUN 2025"],
      ],
    });
    expect([p.name, p.mode, p.showGridlines, p.print?.landscape]).toEqual([
      "Pohon Kinerja",
      "replace",
      false,
      true,
    ]);
  });

  test("diagramCellsPlan writes each box as merged sections filled by level, the capaian by predikat", () => {
    const sheet = applied(plan());
    const root = sheet.merges.filter(
      (m) => sheet.value(m.row, m.col) !== null && m.row >= DIAGRAM_ORIGIN.row,
    );
    const texts = root.map((m) => sheet.value(m.row, m.col));
    expect(texts).toEqual(
      expect.arrayContaining([
        "Tujuan A",
        "IKU 1 — Target 2025: 80 %",
        "Capaian 2025: 95% — Sangat Tinggi",
        "Program Yatim",
      ]),
    );
    const fillOf = (text: string) => {
      const m = root.find((r) => sheet.value(r.row, r.col) === text)!;
      return sheet.style(m.row, m.col).fill;
    };
    expect([fillOf("Tujuan A"), fillOf("Sasaran A"), fillOf("Program X")]).toEqual(LEVEL_FILLS.slice(0, 3));
    expect(fillOf("Capaian 2025: 95% — Sangat Tinggi")).toBe(PREDIKAT_FILLS["Sangat Tinggi"]);
  });

  test("diagramCellsPlan draws one elbow per parent–child link, through cells no box covers", () => {
    for (const orientation of ["down", "right"] as const) {
      const p = plan(treeModel(), orientation);
      const boxes = (p.merges ?? []).filter((m) => m.row >= DIAGRAM_ORIGIN.row);
      const lines = connectors(p).filter((f) => f.range.row >= DIAGRAM_ORIGIN.row);
      // 1→1.1, 1→1.3, 1.1→1.1.1, 1.3→1.3.1: straight or elbow, at least one segment each.
      expect(lines.length).toBeGreaterThanOrEqual(4);
      expect(lines.filter((f) => crosses(f, boxes))).toEqual([]);
    }
  });

  test("diagramCellsPlan applies to a workbook without overlapping merges, and its connectors avoid boxes, for random trees", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 1, max: 500 }),
        fc.constantFrom("down", "right"),
        (n, seed, o) => {
          const p = plan(sizedModel(n, seed), o as "down" | "right");
          expect(() => applied(p)).not.toThrow();
          const boxes = (p.merges ?? []).filter((m) => m.row >= DIAGRAM_ORIGIN.row);
          const hit = connectors(p).filter((f) => f.range.row >= DIAGRAM_ORIGIN.row && crosses(f, boxes));
          expect(hit).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });

  test("diagramCellsPlan writes a statement starting with =, +, - or @ as plain text", () => {
    const model = buildModel(
      {
        sheets: treeWorkbook((levels) => {
          levels[0]![0] = { ...levels[0]![0]!, uraian: '=HYPERLINK("http://x")', indikator: "@SUM(A1)" };
          levels[1]![2] = { ...levels[1]![2]!, uraian: "+1+1", indikator: "-2" };
        }).sheets,
      },
      { now: AT },
    );
    const values = (plan(model).blocks ?? []).flatMap((b) => b.values.flat());
    expect(values.filter((v) => typeof v === "object" && v !== null)).toEqual([]);
    expect(values).toEqual(expect.arrayContaining(['=HYPERLINK("http://x")', "+1+1"]));
    expect(values.some((v) => typeof v === "string" && v.startsWith("@SUM(A1)"))).toBe(true);
  });

  test("diagramCellsPlan with an unknown root writes the reason instead of a diagram", () => {
    const p = diagramCellsPlan(treeModel(), { orientation: "down", root: "42", lang: "en", generatedAt: AT });
    expect(p.blocks).toContainEqual({
      row: DIAGRAM_ORIGIN.row,
      col: DIAGRAM_ORIGIN.col,
      values: [["Kode '42' is not in the performance tree."]],
    });
    expect((p.merges ?? []).filter((m) => m.row >= DIAGRAM_ORIGIN.row)).toEqual([]);
  });

  test("diagramCellsPlan gives the same plan for the same workbook", () => {
    expect(plan(sizedModel(200, 3))).toEqual(plan(sizedModel(200, 3)));
  });
});

/** Each page's share of the sheet, in points at print size: [first, end) per page along an axis. */
function pages(breaks: readonly number[] | undefined, count: number): [number, number][] {
  const edges = [0, ...(breaks ?? []), count];
  return edges.slice(1).map((end, i) => [edges[i]!, end]);
}

/** The boxes' outlines: the medium-outlined ranges below the legend. */
const outlines = (p: SheetPlan): RangeRef[] =>
  (p.formats ?? []).filter((f) => f.outline?.style === "medium").map((f) => f.range);

describe("diagramCellsPlan(model).print", () => {
  test("a small tree prints on one landscape A4 page at a readable scale, without breaks", () => {
    expect(plan().print).toMatchObject({ landscape: true, paperSize: "A4" });
    expect(plan().print?.scale).toBeGreaterThanOrEqual(50);
    expect(plan().print?.colBreaks).toBeUndefined();
    expect(plan().print?.rowBreaks).toBeUndefined();
  });

  // A dense random tree where, top-down, some pages have no column clear at every level: the
  // breaks used to cut a box there (s300b: 18 pages, 1 box cut); the boxes now move off the edges.
  test.each(["down", "right"] as const)(
    "a dense 300-indicator tree (%s): no page break, down or across, runs through a box",
    (orientation) => {
      const p = plan(sizedModel(300, 2), orientation);
      const print = p.print!;
      const boxes = outlines(p);
      expect(boxes.length).toBe(297);
      expect((print.colBreaks?.length ?? 0) + (print.rowBreaks?.length ?? 0)).toBeGreaterThan(10);
      const cut = [
        ...(print.colBreaks ?? []).flatMap((c) =>
          boxes.filter((b) => b.col < c && c < b.col + (b.cols ?? 1)),
        ),
        ...(print.rowBreaks ?? []).flatMap((r) =>
          boxes.filter((b) => b.row < r && r < b.row + (b.rows ?? 1)),
        ),
      ];
      expect(cut).toEqual([]);
    },
  );

  test.each(["down", "right"] as const)(
    "a wide tree (%s) prints at half size or more (on A3 when wide), its page breaks between boxes and every page within the paper",
    (orientation) => {
      const wide = buildModel(
        treeWorkbook((levels) => {
          for (let i = 2; i <= 40; i++) {
            levels[0]!.push({ kode: String(i), uraian: `Tujuan ${i}`, indikator: `Indikator ${i}` });
            for (let j = 1; j <= 3; j++)
              levels[1]!.push({
                kode: `${i}.${j}`,
                induk: String(i),
                uraian: `Sasaran ${i}.${j}`,
                indikator: `IKS ${i}.${j}`,
              });
          }
        }),
      );
      const p = plan(wide, orientation);
      const print = p.print!;
      // Drawn left to right, the tree is tall rather than wide: A4 pages, broken by rows.
      expect(print).toMatchObject({ landscape: true, paperSize: orientation === "down" ? "A3" : "A4" });
      expect(print.scale).toBeGreaterThanOrEqual(50);
      expect((print.colBreaks?.length ?? 0) + (print.rowBreaks?.length ?? 0)).toBeGreaterThan(0);
      const boxes = outlines(p);
      expect(boxes.length).toBeGreaterThan(150);
      for (const c of print.colBreaks ?? [])
        expect(boxes.filter((b) => b.col < c && c < b.col + (b.cols ?? 1))).toEqual([]);
      for (const r of print.rowBreaks ?? [])
        expect(boxes.filter((b) => b.row < r && r < b.row + (b.rows ?? 1))).toEqual([]);
      // At the print scale each page's columns fit the paper's width less the margins (A3 1118.55 pt),
      // as LibreOffice sizes a column too (7 pt per character when that is wider than Excel's).
      const widths = new Map((p.columnWidths ?? []).map((w) => [w.col, w.width]));
      const colPoints = (c: number) =>
        Math.max((7 * (widths.get(c) ?? 8.43) + 5) * 0.75, 7 * (widths.get(c) ?? 8.43));
      for (const [from, to] of pages(print.colBreaks, widths.size)) {
        let w = 0;
        for (let c = from; c < to; c++) w += colPoints(c);
        expect((w * print.scale!) / 100).toBeLessThanOrEqual(orientation === "down" ? 1118.55 : 769.89);
      }
    },
  );
});
