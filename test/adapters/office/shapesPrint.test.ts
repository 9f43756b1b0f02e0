import { buildInExcel } from "../../../src/adapters/office/buildAction";
import type { ExcelRun } from "../../../src/adapters/office/runAction";
import { DIAGRAM_SHEET } from "../../../src/core/plans/diagramCellsPlan";
import type { WorkbookData } from "../../../src/core/sheet";
import { bigWorkbookData } from "../../helpers/bigWorkbook";
import type { FakeSheet } from "./fakeExcel";
import { fakeWith, workbookOf, WITH_SHAPES } from "./workbooks";

// The diagram drawn as shapes (ExcelApi 1.9) prints with page breaks of its own, like the one
// drawn in cells: every break is a cell edge that no box crosses. Checked on what the recording
// fake holds after a build: the column widths and row heights written, the breaks added, and
// each rectangle's position in points.

/** Excel's defaults for a column and a row nobody sized, in points. */
const DEFAULT = { col: 48, row: 15 };
const colIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** Sizes in points by index, from the fake's `format.columnWidth` / `format.rowHeight` writes. */
function sizes(sheet: FakeSheet, prop: "columnWidth" | "rowHeight"): Map<number, number> {
  const out = new Map<number, number>();
  for (const f of sheet.formatLog.filter((l) => l.prop === `format.${prop}`)) {
    const m = /^(?:.*!)?\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(f.address)!;
    const [from, to] =
      prop === "columnWidth"
        ? [colIndex(m[1]!), colIndex(m[3] ?? m[1]!)]
        : [+m[2]! - 1, +(m[4] ?? m[2]!) - 1];
    for (let i = from; i <= to; i++) out.set(i, Number(f.value));
  }
  return out;
}

/** Where a break before `index` falls, in points from the sheet's edge. */
const edge = (index: number, size: Map<number, number>, fallback: number) => {
  let at = 0;
  for (let i = 0; i < index; i++) at += size.get(i) ?? fallback;
  return at;
};

test.each([
  [
    "a stack of 116 Sub Kegiatan",
    workbookOf(120, (spec, i) => ({ ...spec, uraian: `Sub Kegiatan ${i + 1} ${"layanan ".repeat(i % 7)}` })),
    "rows",
  ],
  ["a generated tree of 160 indicators", bigWorkbookData(160), "cols"],
] as const)(
  "%s: the shapes diagram prints at a fixed scale with page breaks between boxes, never through one",
  async (_, workbook: WorkbookData, axis) => {
    const excel = fakeWith(workbook);
    const run = excel.run as unknown as ExcelRun;
    const result = await buildInExcel({ orientation: "down" }, "id", {
      run,
      now: new Date(2026, 0, 15, 8, 30),
      capabilities: WITH_SHAPES,
      sleep: async () => {},
    });
    expect(result).toMatchObject({ shapesDrawn: true });
    const sheet = excel.sheet(DIAGRAM_SHEET)!;
    const boxes = sheet.shapes
      .filter((s) => s.kind === "geometric")
      .map((s) => ({
        name: s.name,
        left: Number(s.props.left),
        top: Number(s.props.top),
        right: Number(s.props.left) + Number(s.props.width),
        bottom: Number(s.props.top) + Number(s.props.height),
      }));
    expect(boxes.length).toBeGreaterThan(100);
    expect(sheet.pageLayout).toMatchObject({ "pageLayout.orientation": "Landscape" });
    expect((sheet.pageLayout["pageLayout.zoom"] as { scale?: number }).scale).toBeGreaterThanOrEqual(50);
    expect(sheet.pageBreaks[axis].length).toBeGreaterThan(0);
    const widths = sizes(sheet, "columnWidth");
    const heights = sizes(sheet, "rowHeight");
    // The grid under the diagram is sized: every box lies over sized columns and rows.
    const right = Math.max(...boxes.map((b) => b.right));
    const bottom = Math.max(...boxes.map((b) => b.bottom));
    expect(edge(widths.size, widths, Infinity)).toBeGreaterThanOrEqual(right);
    expect(edge(heights.size, heights, Infinity)).toBeGreaterThanOrEqual(bottom);
    const cut: string[] = [];
    for (const c of sheet.pageBreaks.cols) {
      const x = edge(c, widths, DEFAULT.col);
      for (const b of boxes)
        if (b.left < x - 1e-6 && x + 1e-6 < b.right) cut.push(`${b.name} by column ${c}`);
    }
    for (const r of sheet.pageBreaks.rows) {
      const y = edge(r, heights, DEFAULT.row);
      for (const b of boxes) if (b.top < y - 1e-6 && y + 1e-6 < b.bottom) cut.push(`${b.name} by row ${r}`);
    }
    expect(cut).toEqual([]);
  },
);
