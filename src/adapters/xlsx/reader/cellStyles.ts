import { walkXml } from "./walkXml";

/** Per cell style index (`s`): its number format (undefined for General) and whether it is a date. */
export interface CellStyles {
  readonly formats: readonly (string | undefined)[];
  readonly isDate: readonly boolean[];
}

/** ExcelJS's table of built-in number formats (the ids it knows without a `<numFmt>`). */
const BUILT_IN: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/**
 * Reads styles.xml's `<numFmts>` and `<cellXfs>` as ExcelJS's full reader interprets them: a
 * custom format by id first, else the built-in one; backslash escapes dropped from format
 * codes; id 0 and unknown ids are General.
 * @example readCellStyles(xml).formats[3] // "0.00%"
 */
export function readCellStyles(xml: string): CellStyles {
  const custom = new Map<number, string>();
  const formats: (string | undefined)[] = [];
  const isDate: boolean[] = [];
  let section = "";
  walkXml(xml, {
    open(name, a, selfClosing) {
      if (!selfClosing && (name === "numFmts" || name === "cellXfs")) section = name;
      else if (section === "numFmts" && name === "numFmt" && a.numFmtId !== undefined) {
        custom.set(parseInt(a.numFmtId, 10), (a.formatCode ?? "").replace(/[\\](.)/g, "$1"));
      } else if (section === "cellXfs" && name === "xf") {
        const id = parseInt(a.numFmtId ?? "0", 10);
        const fmt = id ? (custom.get(id) ?? BUILT_IN[id]) : undefined;
        formats.push(fmt && fmt !== "General" ? fmt : undefined);
        isDate.push(isDateFormat(fmt));
      }
    },
    close(name) {
      if (name === section) section = "";
    },
  });
  return { formats, isDate };
}

/**
 * ExcelJS's test for a date format: any of `ymdhMsb` outside quotes and brackets.
 * @example isDateFormat("dd/mm/yyyy") // true
 */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}
