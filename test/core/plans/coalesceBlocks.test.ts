import { coalesceBlocks } from "../../../src/core/plans/coalesceBlocks";
import { dataAfterPlan } from "../../../src/core/plans/dataAfterPlan";
import { grownBottom } from "../../../src/core/plans/tableGrowth";
import type { CellBlock, WorkbookPlan } from "../../../src/core/plans/types";

const plan = (blocks: CellBlock[]): WorkbookPlan => ({ sheets: [{ name: "S", mode: "update", blocks }] });

describe("coalesceBlocks(plan)", () => {
  test("joins each run of columns over consecutive rows into one block, and the cells end up the same", () => {
    const blocks: CellBlock[] = [];
    for (let r = 5; r < 8; r++)
      blocks.push({ row: r, col: 0, values: [[`k${r}`, "x"]] }, { row: r, col: 4, values: [[r]] });
    const joined = coalesceBlocks(plan(blocks));
    expect(joined.sheets[0]!.blocks).toEqual([
      {
        row: 5,
        col: 0,
        values: [
          ["k5", "x"],
          ["k6", "x"],
          ["k7", "x"],
        ],
      },
      { row: 5, col: 4, values: [[5], [6], [7]] },
    ]);
    const empty = { sheets: [{ name: "S", values: [] }] };
    expect(dataAfterPlan(empty, joined)).toEqual(dataAfterPlan(empty, plan(blocks)));
  });

  test("never moves a block before another one that writes the same cell", () => {
    const blocks: CellBlock[] = [
      { row: 0, col: 0, values: [["a"]] },
      { row: 1, col: 0, values: [["b", "c"]] },
      { row: 1, col: 0, values: [["d"]] },
    ];
    expect(coalesceBlocks(plan(blocks)).sheets[0]!.blocks).toEqual(blocks);
  });
});

describe("grownBottom(table, blocks)", () => {
  const table = { top: 0, left: 1, bottom: 3, right: 4 };
  test("reaches over rows written directly below the table, one after another", () => {
    expect(
      grownBottom(table, [
        {
          row: 4,
          col: 0,
          values: [
            ["k", "v"],
            ["k", "v"],
          ],
        },
      ]),
    ).toBe(5);
  });
  test("ignores rows after a gap, rows beside the table and rows of nulls", () => {
    expect(grownBottom(table, [{ row: 5, col: 1, values: [["v"]] }])).toBe(3);
    expect(grownBottom(table, [{ row: 4, col: 6, values: [["v"]] }])).toBe(3);
    expect(grownBottom(table, [{ row: 4, col: 1, values: [[null]] }])).toBe(3);
  });
});

describe("dataAfterPlan(workbook, plan)", () => {
  test("applies modes, copies and blocks, formulas as their result, and keeps number formats", () => {
    const before = { sheets: [{ name: "Program", values: [["Kode"], ["1"]], numberFormats: [[], ["@"]] }] };
    const after = dataAfterPlan(before, {
      sheets: [
        { name: "Cadangan", mode: "create", copyOf: "program" },
        {
          name: "Program",
          mode: "update",
          blocks: [{ row: 2, col: 0, values: [["2", { formula: "=1", result: 1 }]] }],
        },
        { name: "Program", mode: "create", blocks: [{ row: 0, col: 0, values: [["ignored"]] }] },
      ],
    });
    expect(after).toEqual({
      sheets: [
        { name: "Program", values: [["Kode"], ["1"], ["2", 1]], numberFormats: [[], ["@"]] },
        { name: "Cadangan", values: [["Kode"], ["1"]] },
      ],
    });
    expect(before.sheets[0]!.values).toHaveLength(2);
  });
});
