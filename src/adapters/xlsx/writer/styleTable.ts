import type { BorderStyle, FormatPlan } from "../../../core/plans/types";
import { argb } from "../planCells";
import { xmlAttr } from "./xmlText";

/** The parts of a format that make a cell's style (its range aside). */
export type CellStyle = Omit<FormatPlan, "range">;

const H_ALIGN = { left: "left", center: "center", right: "right" } as const;
const V_ALIGN = { top: "top", middle: "center", bottom: "bottom" } as const;

/**
 * The styles of a workbook being written: each distinct cell style once (`cellXfs`), with its
 * font, fill, border and number format shared, as `xl/styles.xml` lists them.
 * @example const t = new StyleTable(); t.index({ bold: true }) // 1; t.xml() // "<?xml …"
 */
export class StyleTable {
  private readonly fonts = new Map<string, number>([
    ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>', 0],
  ]);
  private readonly fills = new Map<string, number>([
    ['<fill><patternFill patternType="none"/></fill>', 0],
    ['<fill><patternFill patternType="gray125"/></fill>', 1],
  ]);
  private readonly borders = new Map<string, number>([
    ["<border><left/><right/><top/><bottom/><diagonal/></border>", 0],
  ]);
  private readonly numFmts = new Map<string, number>();
  private readonly xfs = new Map<string, number>([
    ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', 0],
  ]);

  /** The `s` index of a cell style (0: the default). */
  index(style: CellStyle): number {
    const font = this.fontOf(style);
    const fill = argb(style.fill);
    const fillId = fill
      ? add(
          this.fills,
          `<fill><patternFill patternType="solid"><fgColor rgb="${fill}"/><bgColor rgb="${fill}"/></patternFill></fill>`,
        )
      : 0;
    const borderId = style.border ? add(this.borders, borderXml(style.border)) : 0;
    const numFmtId =
      style.numberFormat === undefined || style.numberFormat === "General"
        ? 0
        : this.numFmtOf(style.numberFormat);
    const align = [
      style.hAlign ? ` horizontal="${H_ALIGN[style.hAlign]}"` : "",
      style.vAlign ? ` vertical="${V_ALIGN[style.vAlign]}"` : "",
      style.wrap ? ' wrapText="1"' : "",
    ].join("");
    const applied = [
      numFmtId ? ' applyNumberFormat="1"' : "",
      font ? ' applyFont="1"' : "",
      fillId ? ' applyFill="1"' : "",
      borderId ? ' applyBorder="1"' : "",
      align ? ' applyAlignment="1"' : "",
    ].join("");
    const body = align ? `><alignment${align}/></xf>` : "/>";
    return add(
      this.xfs,
      `<xf numFmtId="${numFmtId}" fontId="${font}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}${body}`,
    );
  }

  /** `xl/styles.xml`. */
  xml(): string {
    const list = (tag: string, m: Map<string, number>) =>
      `<${tag} count="${m.size}">${[...m.keys()].join("")}</${tag}>`;
    const fmts = [...this.numFmts].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlAttr(code)}"/>`,
    );
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (fmts.length ? `<numFmts count="${fmts.length}">${fmts.join("")}</numFmts>` : "") +
      list("fonts", this.fonts) +
      list("fills", this.fills) +
      list("borders", this.borders) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      "</styleSheet>"
    );
  }

  /** 0 for the default font. */
  private fontOf(s: CellStyle): number {
    const color = argb(s.fontColor);
    if (!s.bold && !s.italic && !s.underline && s.fontSize === undefined && !color) return 0;
    const xml = `<font>${s.bold ? "<b/>" : ""}${s.italic ? "<i/>" : ""}${s.underline ? "<u/>" : ""}<sz val="${s.fontSize ?? 11}"/>${color ? `<color rgb="${color}"/>` : ""}<name val="Calibri"/><family val="2"/></font>`;
    return add(this.fonts, xml);
  }

  private numFmtOf(code: string): number {
    let id = this.numFmts.get(code);
    if (id === undefined) this.numFmts.set(code, (id = 164 + this.numFmts.size));
    return id;
  }
}

function add(map: Map<string, number>, key: string): number {
  let id = map.get(key);
  if (id === undefined) map.set(key, (id = map.size));
  return id;
}

function borderXml(b: BorderStyle): string {
  const color = argb(b.color);
  const edge = (tag: string) =>
    `<${tag} style="${b.style}">${color ? `<color rgb="${color}"/>` : '<color auto="1"/>'}</${tag}>`;
  return `<border>${edge("left")}${edge("right")}${edge("top")}${edge("bottom")}<diagonal/></border>`;
}
