import type { CellStyles } from "./cellStyles";
import { stop } from "./refusal";
import { decodeXml } from "./xmlText";

/** What a cell's value depends on beyond its own XML. */
export interface ValueContext {
  readonly strings: readonly (string | null)[];
  readonly styles: CellStyles;
  readonly date1904: boolean;
}

/**
 * A cell's value as the core sees it (Office.js's `values`): by its type attribute `t` and the
 * text of its `<v>` (a formula's cached result: 0, FALSE and errors included). Numbers in a
 * date format become Dates (UTC, as ExcelJS makes them). Empty text is no value (null).
 * @param t the `t` attribute ("" when absent)
 * @param v the raw (still escaped) text of `<v>`
 * @param style the `s` attribute (0 when absent)
 * @example cellValue("b", "1", 0, ctx) // true
 */
export function cellValue(t: string, v: string, style: number, ctx: ValueContext): unknown {
  if (v === "") return null;
  switch (t) {
    case "":
    case "n": {
      let n = +v;
      if (Number.isNaN(n)) n = parseFloat(v);
      if (Number.isNaN(n))
        stop(
          "invalid",
          `berisi angka rusak '${v.slice(0, 20)}'`,
          `it has a damaged number '${v.slice(0, 20)}'`,
        );
      return style && ctx.styles.isDate[style] ? excelDate(n, ctx.date1904) : n;
    }
    case "s": {
      const i = +v;
      if (!Number.isInteger(i) || i < 0 || i >= ctx.strings.length) {
        stop(
          "invalid",
          "merujuk teks bersama yang tidak ada",
          "it refers to a shared string that does not exist",
        );
      }
      return ctx.strings[i];
    }
    case "str":
    case "e":
      return decodeXml(v);
    case "b": {
      const b = v.trim();
      return b !== "0" && b !== "false";
    }
    case "d": {
      const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) || !v.includes("T") ? v : `${v}Z`);
      if (Number.isNaN(d.getTime()))
        stop(
          "invalid",
          `berisi tanggal rusak '${v.slice(0, 20)}'`,
          `it has a damaged date '${v.slice(0, 20)}'`,
        );
      return d;
    }
    default:
      return stop(
        "unsupported",
        `berisi sel berjenis '${t.slice(0, 10)}'`,
        `it has a cell of type '${t.slice(0, 10)}'`,
      );
  }
}

/**
 * An Excel serial date as a JavaScript Date, exactly as ExcelJS converts it.
 * @example excelDate(45658, false).toISOString() // "2025-01-01T00:00:00.000Z"
 */
export function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}
