import type { CellBlock, PlanValue, WorkbookPlan } from "./types";

interface Run {
  readonly row: number;
  readonly col: number;
  readonly width: number;
  readonly values: PlanValue[][];
}

/**
 * Joins blocks that write the same columns of consecutive rows into one block per run, so a
 * host sends one 2-D write instead of one per row (an import appends each row as a block per
 * run of columns). What ends up in each cell does not change: a block is never moved before
 * another one that writes one of its cells.
 * @param plan any plan
 * @returns the same plan with fewer, taller blocks
 * @example coalesceBlocks(plan).sheets[0]?.blocks?.length // 1 for 1,000 appended rows of one run
 */
export function coalesceBlocks(plan: WorkbookPlan): WorkbookPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => {
      if (!sheet.blocks || sheet.blocks.length < 2) return sheet;
      const out: Run[] = [];
      const open = new Map<string, number>();
      // Cell → index in `out` of the last run writing it.
      const writer = new Map<string, number>();
      for (const b of sheet.blocks) {
        const width = b.values.reduce((w, r) => Math.max(w, r.length), 0);
        const uniform = b.values.every((r) => r.length === width);
        const key = `${b.col}:${width}`;
        const k = uniform ? open.get(key) : undefined;
        const last = k !== undefined ? out[k] : undefined;
        const cells = b.values.flatMap((r, i) => r.map((_, c) => `${b.row + i}:${b.col + c}`));
        const after = cells.some((cell) => (writer.get(cell) ?? -1) > (k ?? Infinity));
        let at: number;
        if (last && k !== undefined && last.row + last.values.length === b.row && !after) {
          last.values.push(...b.values.map((r) => [...r]));
          at = k;
        } else {
          at = out.push({ row: b.row, col: b.col, width, values: b.values.map((r) => [...r]) }) - 1;
          if (uniform) open.set(key, at);
        }
        for (const cell of cells) writer.set(cell, at);
      }
      const blocks: CellBlock[] = out.map(({ row, col, values }) => ({ row, col, values }));
      return { ...sheet, blocks };
    }),
  };
}
