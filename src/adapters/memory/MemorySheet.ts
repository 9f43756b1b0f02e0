import type {
  BorderStyle,
  ConditionalFormatPlan,
  FormatPlan,
  PlanValue,
  PrintPlan,
  RangeRef,
  ShapesPlan,
  TablePlan,
  ValidationPlan,
} from "../../core/plans/types";

export type Edge = "top" | "bottom" | "left" | "right";

/** The formatting one cell ends up with. */
export interface CellStyle {
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "middle" | "bottom";
  borders?: Partial<Record<Edge, BorderStyle>>;
}

const STYLE_KEYS = [
  "numberFormat",
  "bold",
  "italic",
  "underline",
  "fontSize",
  "fontColor",
  "fill",
  "wrap",
  "hAlign",
  "vAlign",
] as const;

/**
 * One sheet held in memory: values and formulas on a grid, per-cell styles, merges and the
 * sheet-level settings a plan can give. It checks what Excel would refuse (overlapping
 * merges), so a plan that passes here is not silently "fixed" by the adapter.
 */
export class MemorySheet {
  readonly values: PlanValue[][] = [];
  readonly styles = new Map<string, CellStyle>();
  readonly merges: RangeRef[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  tabColor?: string;
  freeze?: { rows: number; cols?: number };
  table?: TablePlan;
  readonly validations: ValidationPlan[] = [];
  readonly conditionalFormats: ConditionalFormatPlan[] = [];
  print?: PrintPlan;
  shapes?: ShapesPlan;
  showGridlines = true;

  constructor(public name: string) {}

  /** The value at a cell (0-based); null when empty. */
  value(row: number, col: number): PlanValue {
    return this.values[row]?.[col] ?? null;
  }

  setValue(row: number, col: number, value: PlanValue): void {
    while (this.values.length <= row) this.values.push([]);
    const r = this.values[row]!;
    while (r.length <= col) r.push(null);
    r[col] = value;
  }

  /** The style of a cell (a copy; empty object when none). */
  style(row: number, col: number): CellStyle {
    const s = this.styles.get(`${row},${col}`);
    return s ? { ...s, borders: s.borders ? { ...s.borders } : undefined } : {};
  }

  /** Applies a format plan the way Office.js and ExcelJS do: to every cell of the range. */
  applyFormat(f: FormatPlan): void {
    const { row, col, rows = 1, cols = 1 } = f.range;
    for (let r = row; r < row + rows; r++) {
      for (let c = col; c < col + cols; c++) {
        const s = this.styleRef(r, c);
        for (const key of STYLE_KEYS) if (f[key] !== undefined) (s as Record<string, unknown>)[key] = f[key];
        const edges: Partial<Record<Edge, BorderStyle>> = {};
        if (f.border)
          Object.assign(edges, { top: f.border, bottom: f.border, left: f.border, right: f.border });
        // `outline` and `edges` draw on the range's outer edges only.
        for (const outer of [f.outline ? all(f.outline) : undefined, f.edges]) {
          if (!outer) continue;
          if (r === row && outer.top) edges.top = outer.top;
          if (r === row + rows - 1 && outer.bottom) edges.bottom = outer.bottom;
          if (c === col && outer.left) edges.left = outer.left;
          if (c === col + cols - 1 && outer.right) edges.right = outer.right;
        }
        if (Object.keys(edges).length > 0) s.borders = { ...s.borders, ...edges };
      }
    }
  }

  /** Merges a range; throws, as Excel does, when it overlaps a merge already there. */
  merge(range: RangeRef): void {
    const clash = this.merges.find((m) => intersects(m, range));
    if (clash) {
      throw new Error(`Merge ${describe(range)} overlaps ${describe(clash)} in '${this.name}'.`);
    }
    this.merges.push(range);
  }

  /** The merge a cell belongs to, if any. */
  mergeAt(row: number, col: number): RangeRef | undefined {
    return this.merges.find((m) => intersects(m, { row, col }));
  }

  private styleRef(row: number, col: number): CellStyle {
    const key = `${row},${col}`;
    let s = this.styles.get(key);
    if (!s) this.styles.set(key, (s = {}));
    return s;
  }
}

function all(b: BorderStyle): Record<Edge, BorderStyle> {
  return { top: b, bottom: b, left: b, right: b };
}

function intersects(a: RangeRef, b: RangeRef): boolean {
  const [ar, ac, br, bc] = [a.rows ?? 1, a.cols ?? 1, b.rows ?? 1, b.cols ?? 1];
  return a.row < b.row + br && b.row < a.row + ar && a.col < b.col + bc && b.col < a.col + ac;
}

function describe(r: RangeRef): string {
  return `R${r.row}C${r.col}+${r.rows ?? 1}x${r.cols ?? 1}`;
}
