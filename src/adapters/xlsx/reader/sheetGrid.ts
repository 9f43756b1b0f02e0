import type { RangeRef } from "../../../core/plans/types";
import type { SheetData } from "../../../core/sheet";
import { stop } from "./refusal";

/** What is left of the read's limits, shared by all sheets of one workbook. */
export interface Budget {
  cells: number;
  mergeWork: number;
}

/**
 * A sheet's cells as they are read: only rows and cells that hold a value are allocated, so an
 * empty-row bomb or a far `<dimension>` costs nothing. Merged ranges are clipped to the data.
 */
export class SheetGrid {
  private readonly rows: unknown[][] = [];
  private readonly formats: (string | undefined)[][] = [];
  private readonly merges: number[] = [];

  /** @param ranges where each merged range is also listed as read (import's header reading wants them) */
  constructor(
    private readonly budget: Budget,
    private readonly ranges?: RangeRef[],
  ) {}

  /** Sets a cell (0-based); null clears a value read before at the same place. */
  set(row: number, col: number, value: unknown, format: string | undefined): void {
    let cells = this.rows[row];
    if (value === null) {
      if (cells && col < cells.length) cells[col] = null;
      const f = this.formats[row];
      if (f && col < f.length) f[col] = undefined;
      return;
    }
    if (!cells) cells = this.rows[row] = [];
    if (col >= cells.length) {
      this.budget.cells -= col + 1 - cells.length;
      if (this.budget.cells < 0) tooMany("cells", "sel");
    }
    cells[col] = value;
    if (format !== undefined) (this.formats[row] ??= [])[col] = format;
    else if (this.formats[row]) this.formats[row][col] = undefined;
  }

  /** Records a merged range (0-based, inclusive); applied in {@link done}. */
  merge(r1: number, c1: number, r2: number, c2: number): void {
    const [row, col, rEnd, cEnd] = [Math.min(r1, r2), Math.min(c1, c2), Math.max(r1, r2), Math.max(c1, c2)];
    this.merges.push(row, col, rEnd, cEnd);
    this.ranges?.push({ row, col, rows: rEnd - row + 1, cols: cEnd - col + 1 });
  }

  /** The sheet as the core reads it: covered cells of merges empty, trailing empties dropped. */
  done(name: string): SheetData {
    const { rows, formats, merges } = this;
    for (let m = 0; m < merges.length; m += 4)
      this.clearCovered(merges[m]!, merges[m + 1]!, merges[m + 2]!, merges[m + 3]!);
    let last = -1;
    let anyFormat = false;
    for (let r = 0; r < rows.length; r++) {
      const cells = rows[r];
      if (!cells) continue;
      let end = cells.length;
      while (end > 0 && (cells[end - 1] === undefined || cells[end - 1] === null)) end--;
      cells.length = end;
      for (let c = 0; c < end; c++) if (cells[c] === undefined) cells[c] = null;
      const f = formats[r];
      if (f) {
        let fEnd = Math.min(f.length, end);
        while (fEnd > 0 && f[fEnd - 1] === undefined) fEnd--;
        f.length = fEnd;
        if (fEnd > 0) anyFormat = true;
      }
      if (end > 0) last = r;
    }
    rows.length = last + 1;
    this.budget.cells -= last + 1;
    if (this.budget.cells < 0) tooMany("cells", "sel");
    for (let r = 0; r <= last; r++) rows[r] ??= [];
    if (!anyFormat) return { name, values: rows };
    formats.length = last + 1;
    for (let r = 0; r <= last; r++) formats[r] ??= [];
    return { name, values: rows, numberFormats: formats };
  }

  /** Empties the cells a merge covers, visiting only rows and cells that exist. */
  private clearCovered(r1: number, c1: number, r2: number, c2: number): void {
    const end = Math.min(r2, this.rows.length - 1);
    for (let r = r1; r <= end; r++) {
      const cells = this.rows[r];
      this.budget.mergeWork--;
      if (!cells) continue;
      const cEnd = Math.min(c2, cells.length - 1);
      this.budget.mergeWork -= Math.max(0, cEnd - c1 + 1);
      if (this.budget.mergeWork < 0) tooMany("merged cells", "sel gabungan");
      for (let c = c1; c <= cEnd; c++) {
        if (r === r1 && c === c1) continue;
        cells[c] = null;
        const f = this.formats[r];
        if (f && c < f.length) f[c] = undefined;
      }
    }
  }
}

function tooMany(en: string, id: string): never {
  return stop(
    "limit",
    `terlalu banyak ${id} (melebihi batas pembacaan)`,
    `too many ${en} (over the reader's limit)`,
  );
}
