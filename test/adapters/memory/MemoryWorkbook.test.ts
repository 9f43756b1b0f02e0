import { MemoryWorkbook } from "../../../src/adapters/memory";

const thin = { style: "thin" as const };

describe("MemoryWorkbook", () => {
  test("MemoryWorkbook.from(data).toData() gives the values back, sheet names matched loosely", () => {
    const wb = MemoryWorkbook.from({
      sheets: [
        {
          name: "Tujuan RPD",
          values: [
            ["Kode", "Uraian"],
            ["1", 2],
          ],
        },
      ],
    });
    expect(wb.sheet(" tujuan  rpd ")?.value(1, 1)).toBe(2);
    expect(wb.toData()).toEqual({
      sheets: [
        {
          name: "Tujuan RPD",
          values: [
            ["Kode", "Uraian"],
            ["1", 2],
          ],
        },
      ],
    });
  });

  test("apply replaces a sheet whole in its tab position, leaves it with create, and writes into it with update", () => {
    const wb = MemoryWorkbook.from({
      sheets: [
        { name: "A", values: [[1, 2]] },
        { name: "Gen", values: [["old", "x"]] },
        { name: "C", values: [] },
      ],
    });
    wb.apply({
      sheets: [
        { name: "gen", mode: "replace", blocks: [{ row: 0, col: 0, values: [["new"]] }] },
        { name: "A", mode: "create", blocks: [{ row: 0, col: 0, values: [["ignored"]] }] },
        {
          name: "C",
          mode: "update",
          blocks: [{ row: 1, col: 1, values: [[{ formula: "=1+1", result: 2 }, "=1+1"]] }],
        },
      ],
      activate: { sheet: "gen" },
    });
    expect(wb.toData()).toEqual({
      sheets: [
        { name: "A", values: [[1, 2]] },
        { name: "gen", values: [["new"]] },
        { name: "C", values: [[], [null, 2, "=1+1"]] },
      ],
    });
    expect(wb.sheet("C")!.value(1, 1)).toEqual({ formula: "=1+1", result: 2 });
    expect(wb.activated).toEqual({ sheet: "gen" });
  });

  test("apply gives border to every edge of every cell, outline and edges to the range's outer edges only", () => {
    const wb = new MemoryWorkbook();
    wb.apply({
      sheets: [
        {
          name: "S",
          mode: "replace",
          formats: [
            { range: { row: 0, col: 0, rows: 2, cols: 2 }, outline: thin, fill: "#FFFF00" },
            { range: { row: 5, col: 0, rows: 3 }, edges: { left: thin } },
            { range: { row: 9, col: 0 }, border: thin, bold: true },
          ],
        },
      ],
    });
    const s = wb.sheet("S")!;
    expect(s.style(0, 0)).toEqual({ fill: "#FFFF00", borders: { top: thin, left: thin } });
    expect(s.style(1, 1)).toEqual({ fill: "#FFFF00", borders: { bottom: thin, right: thin } });
    expect([5, 6, 7].map((r) => s.style(r, 0).borders)).toEqual([
      { left: thin },
      { left: thin },
      { left: thin },
    ]);
    expect(s.style(9, 0)).toEqual({
      bold: true,
      borders: { top: thin, bottom: thin, left: thin, right: thin },
    });
  });

  test("apply refuses overlapping merges and sheet names Excel refuses", () => {
    const wb = new MemoryWorkbook();
    const merges = [
      { row: 0, col: 0, rows: 2, cols: 2 },
      { row: 1, col: 1, cols: 3 },
    ];
    expect(() => wb.apply({ sheets: [{ name: "M", mode: "replace", merges }] })).toThrow(/overlaps/);
    expect(() => wb.apply({ sheets: [{ name: "a/b", mode: "replace" }] })).toThrow(/does not allow/);
    expect(() => wb.apply({ sheets: [{ name: "x".repeat(32), mode: "replace" }] })).toThrow(/does not allow/);
  });

  test("apply keeps sheet settings: sizes, freeze, print, gridlines, shapes, tab colour", () => {
    const wb = new MemoryWorkbook();
    const shapes = { boxes: [], connectors: [] };
    wb.apply({
      sheets: [
        {
          name: "S",
          mode: "replace",
          tabColor: "#112233",
          columnWidths: [{ col: 2, width: 9 }],
          rowHeights: [{ row: 1, height: 14 }],
          freeze: { rows: 3 },
          print: { landscape: true },
          showGridlines: false,
          shapes,
        },
      ],
    });
    const s = wb.sheet("S")!;
    expect([
      s.tabColor,
      s.columnWidths.get(2),
      s.rowHeights.get(1),
      s.freeze,
      s.print,
      s.showGridlines,
      s.shapes,
    ]).toEqual(["#112233", 9, 14, { rows: 3 }, { landscape: true }, false, shapes]);
  });

  test("apply with copyOf copies the sheet whole, then writes on top; the source is not changed later", () => {
    const wb = MemoryWorkbook.from({ sheets: [{ name: "Program", values: [["Kode"], ["1"]] }] });
    wb.apply({
      sheets: [
        {
          name: "Program",
          mode: "update",
          blocks: [{ row: 1, col: 1, values: [[{ formula: '=A2&"x"', result: "1x" }]] }],
          formats: [{ range: { row: 0, col: 0 }, bold: true }],
          merges: [{ row: 3, col: 0, cols: 2 }],
          columnWidths: [{ col: 0, width: 12 }],
          table: { name: "tbl_Program", range: { row: 0, col: 0, rows: 2 } },
        },
        { name: "Cadangan Program", mode: "create", copyOf: "program" },
        { name: "Program", mode: "update", blocks: [{ row: 1, col: 0, values: [["2"]] }] },
      ],
    });
    const copy = wb.sheet("Cadangan Program")!;
    expect([
      copy.value(1, 0),
      copy.value(1, 1),
      copy.style(0, 0),
      copy.merges,
      copy.columnWidths.get(0),
      copy.table,
    ]).toEqual([
      "1",
      { formula: '=A2&"x"', result: "1x" },
      { bold: true },
      [{ row: 3, col: 0, cols: 2 }],
      12,
      undefined,
    ]);
    expect(wb.sheet("Program")!.value(1, 0)).toBe("2");
    expect(() => wb.apply({ sheets: [{ name: "Y", mode: "create", copyOf: "Nope" }] })).toThrow(
      /no sheet 'Nope'/,
    );
  });
});
