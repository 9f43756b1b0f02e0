import type { SheetData, WorkbookData } from "../../core/sheet";

/** A sheet's values as JSON text (a string crosses to the main thread as one copy), its dates aside. */
interface PackedSheet {
  readonly name: string;
  readonly values: string;
  readonly numberFormats?: string;
  /** The cells that hold a date: row, column, time (JSON has no dates). */
  readonly dates: readonly (readonly [number, number, number])[];
}

/** A workbook read in the worker, as it travels to the main thread. */
export interface PackedWorkbook {
  readonly packed: readonly PackedSheet[];
}

/**
 * Packs a workbook's values for the trip to the main thread: each sheet's values become one
 * string, so the main thread copies a few strings instead of rebuilding millions of cells
 * (which froze the pane for a third of a second on 20,000 indicators).
 * @example unpackWorkbook(packWorkbook(data)).sheets[0]!.values // the same values
 */
export function packWorkbook(data: WorkbookData): PackedWorkbook {
  return {
    packed: data.sheets.map((sheet) => {
      const dates: [number, number, number][] = [];
      sheet.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v instanceof Date) dates.push([r, c, v.getTime()]);
        }),
      );
      return {
        name: sheet.name,
        values: JSON.stringify(sheet.values),
        ...(sheet.numberFormats ? { numberFormats: JSON.stringify(sheet.numberFormats) } : {}),
        dates,
      };
    }),
  };
}

/**
 * The workbook again, each sheet's values parsed only when first read: opening and checking a
 * file never needs them on the main thread (the worker holds them), a write or the grid
 * preview of one sheet does.
 * @example unpackWorkbook(packWorkbook(data)).sheets.map((s) => s.name)
 */
export function unpackWorkbook(packed: PackedWorkbook): WorkbookData {
  return { sheets: packed.packed.map(lazySheet) };
}

/** Is `x` a packed workbook (from the worker) rather than plain values (run on the main thread)? */
export function isPacked(x: WorkbookData | PackedWorkbook): x is PackedWorkbook {
  return "packed" in x;
}

function lazySheet(p: PackedSheet): SheetData {
  let values: unknown[][] | undefined;
  let formats: (string | undefined)[][] | undefined;
  const sheet = {
    name: p.name,
    get values(): readonly (readonly unknown[])[] {
      if (!values) {
        values = JSON.parse(p.values) as unknown[][];
        for (const [r, c, t] of p.dates) values[r]![c] = new Date(t);
      }
      return values;
    },
  };
  if (p.numberFormats === undefined) return sheet;
  const text = p.numberFormats;
  return Object.defineProperty(sheet, "numberFormats", {
    enumerable: true,
    // A missing format was `undefined` (JSON wrote null): it becomes a hole again.
    get: () =>
      (formats ??= JSON.parse(text, (_k, v: unknown) => (v === null ? undefined : v)) as (
        string | undefined
      )[][]),
  }) as SheetData;
}
