/**
 * Declarative write plans: what the core wants written, in which sheet and range. Adapters
 * (Office.js, ExcelJS, in-memory) apply them; the core never knows which one it talks to.
 *
 * All positions are 0-based. A plain string in `values` is ALWAYS text (adapters must make sure
 * "=1+1" or "@x" typed by a user is never turned into a formula); formulas are `{ formula }`.
 */

import type { CodedMsg } from "../messages";

/** A rectangular range: top-left cell and size (default 1×1). */
export interface RangeRef {
  readonly row: number;
  readonly col: number;
  readonly rows?: number;
  readonly cols?: number;
}

/** A formula, with `=`; `result` is the value the core expects (written as the cached result where possible). */
export interface FormulaValue {
  readonly formula: string;
  readonly result?: string | number | boolean;
}

export type PlanValue = string | number | boolean | null | FormulaValue;

/** A block of values written at once (one `range.values`/`range.formulas` assignment). */
export interface CellBlock {
  readonly row: number;
  readonly col: number;
  readonly values: readonly (readonly PlanValue[])[];
}

export interface BorderStyle {
  readonly style: "thin" | "medium" | "thick" | "dashed";
  /** `#RRGGBB` */
  readonly color?: string;
}

/** Formatting applied to a whole range at once. Colours are `#RRGGBB`. */
export interface FormatPlan {
  readonly range: RangeRef;
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Single underline (links). */
  readonly underline?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly hAlign?: "left" | "center" | "right";
  readonly vAlign?: "top" | "middle" | "bottom";
  /** Border on every edge of every cell in the range. */
  readonly border?: BorderStyle;
  /** Borders on the outer edges of the range only. */
  readonly outline?: BorderStyle;
  readonly edges?: Partial<Record<"top" | "bottom" | "left" | "right", BorderStyle>>;
}

export interface ValidationPlan {
  readonly range: RangeRef;
  /** A fixed list, or a formula giving the list (`='Program'!$A$2:$A$500`). */
  readonly list: readonly string[] | { readonly formula: string };
  /** Allow other values (warn only); default false. */
  readonly allowOther?: boolean;
}

/** Conditional fill when the cell's text equals a value (used for predikat colours). */
export interface ConditionalFormatPlan {
  readonly range: RangeRef;
  readonly rules: readonly {
    readonly equals: string;
    readonly fill: string;
    readonly fontColor?: string;
  }[];
}

/**
 * A colour scale over a range of numbers (lowest value → `low`, highest → `high`), or a data
 * bar when `bar` is set: the weakest rows of a summary stand out without a rebuild.
 */
export interface ScalePlan {
  readonly range: RangeRef;
  /** `#RRGGBB` of the lowest value (colour scale). */
  readonly low?: string;
  /** `#RRGGBB` of the middle value (colour scale), optional. */
  readonly mid?: string;
  /** `#RRGGBB` of the highest value (colour scale). */
  readonly high?: string;
  /** `#RRGGBB` of a data bar instead of a colour scale. */
  readonly bar?: string;
}

/**
 * A clustered bar chart of some columns of the sheet, for hosts that draw charts (Office.js);
 * hosts that cannot leave the numbers (and their scales) to speak alone.
 */
export interface ChartPlan {
  readonly title: string;
  /** The series: adjacent columns, their header cell (the range's first row) naming each. */
  readonly series: RangeRef;
  /** The label of each bar (one column, as many rows as the series' values). */
  readonly categories: RangeRef;
  /** Where the chart sits: the cells it covers. */
  readonly anchor: RangeRef;
}

export interface TablePlan {
  readonly name: string;
  /** Header row included. */
  readonly range: RangeRef;
  readonly style?: string;
}

/** Page margins in inches, header and footer lines included. */
export interface PageMargins {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly header: number;
  readonly footer: number;
}

export interface PrintPlan {
  readonly landscape?: boolean;
  /** Fit to one page wide (any number of pages tall). */
  readonly fitToWidth?: boolean;
  /** Fit to this many pages wide instead (any number tall), for sheets too wide for one. */
  readonly pagesWide?: number;
  readonly paperSize?: "A4" | "A3";
  /** A fixed scale in percent (10–400), used with the breaks below instead of fitting. */
  readonly scale?: number;
  /** Page margins (default: the host's). */
  readonly margins?: PageMargins;
  /** 0-based rows that start a new printed page (a manual break above each), ascending. */
  readonly rowBreaks?: readonly number[];
  /** 0-based columns that start a new printed page (a manual break left of each), ascending. */
  readonly colBreaks?: readonly number[];
  /** 0-based first and last row repeated on every printed page. */
  readonly repeatRows?: readonly [number, number];
  /** Centre header text, e.g. the agency and the year. */
  readonly header?: string;
  /** Page numbers `n / N` in the centre footer (default true): loose printed pages stay in order. */
  readonly pageNumbers?: boolean;
}

/** A box of the diagram, for hosts that draw shapes (ExcelApi 1.9). Points. */
export interface ShapeBox {
  readonly id: string;
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly text: string;
  readonly fill: string;
  readonly fontColor: string;
  readonly lineColor: string;
}

export interface ShapeConnector {
  readonly from: string;
  readonly to: string;
  readonly color: string;
}

export interface ShapesPlan {
  readonly boxes: readonly ShapeBox[];
  readonly connectors: readonly ShapeConnector[];
  /** Name of the group all shapes are put in. */
  readonly group?: string;
}

export interface SheetPlan {
  readonly name: string;
  /**
   * `replace`: delete the sheet if it exists and create it anew (generated sheets only);
   * `create`: create it only if missing, else leave it untouched;
   * `update`: write into the existing sheet (created if missing).
   */
  readonly mode: "replace" | "create" | "update";
  /**
   * The sheet to copy whole (values, formulas, styles, merges, widths, validations) when this
   * sheet is created, e.g. an import's backup. Adapters copy it first, then apply the rest of
   * the plan on top; a plan with `copyOf` usually has nothing else.
   */
  readonly copyOf?: string;
  readonly tabColor?: string;
  readonly blocks?: readonly CellBlock[];
  readonly formats?: readonly FormatPlan[];
  readonly merges?: readonly RangeRef[];
  /** Column widths in characters (Excel's unit). */
  readonly columnWidths?: readonly { readonly col: number; readonly width: number }[];
  /** Row heights in points. */
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  readonly freeze?: { readonly rows: number; readonly cols?: number };
  readonly table?: TablePlan;
  readonly validations?: readonly ValidationPlan[];
  readonly conditionalFormats?: readonly ConditionalFormatPlan[];
  /** Colour scales and data bars; hosts that cannot draw them leave the values plain. */
  readonly scales?: readonly ScalePlan[];
  /** Charts where the host can draw them; other adapters ignore them. */
  readonly charts?: readonly ChartPlan[];
  readonly print?: PrintPlan;
  /** Drawn as shapes where the host can; adapters that cannot ignore it (the plan then also has cells). */
  readonly shapes?: ShapesPlan;
  readonly showGridlines?: boolean;
  /**
   * What the plan changed from what was asked, e.g. a diagram too big for the sheet drawn
   * another way (the sheet says so too). Adapters ignore it; front ends show it.
   */
  readonly notices?: readonly CodedMsg[];
}

/** Everything one user action writes. Sheets are applied in order. */
export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
  /** Sheet to activate (and range to select) when done. */
  readonly activate?: { readonly sheet: string; readonly range?: RangeRef };
  /**
   * Sheets the plan leaves out because writing them would lose data (a build never writes over
   * a level sheet), each with why: a front end shows them as warnings.
   */
  readonly refused?: readonly RefusedSheet[];
}

/** A sheet a plan leaves out, and why (a coded message). */
export interface RefusedSheet extends CodedMsg {
  readonly sheet: string;
}
