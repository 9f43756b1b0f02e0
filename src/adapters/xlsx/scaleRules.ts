import type ExcelJS from "exceljs";
import type { ScalePlan } from "../../core/plans/types";
import { argb, rangeAddress } from "./planCells";

/**
 * A plan's colour scale or data bar as ExcelJS conditional formatting (the full writer;
 * Pokin's own writer has its twin in `writer/sheetXml.ts`).
 * @param scale the plan's scale
 * @returns what `worksheet.addConditionalFormatting` takes, or undefined without colours
 * @example scaleRule({ range: { row: 4, col: 5, rows: 40 }, low: "#F8696B", high: "#63BE7B" })?.ref // "F5:F44"
 */
export function scaleRule(scale: ScalePlan): ExcelJS.ConditionalFormattingOptions | undefined {
  const ref = rangeAddress(scale.range);
  const bar = argb(scale.bar);
  if (bar) {
    const rule = {
      type: "dataBar",
      priority: 0,
      cfvo: [{ type: "min" }, { type: "max" }],
      color: { argb: bar },
    } as unknown as ExcelJS.ConditionalFormattingRule;
    return { ref, rules: [rule] };
  }
  const colors = [scale.low, scale.mid, scale.high].map(argb);
  const [low, mid, high] = colors;
  if (!low || !high) return undefined;
  const cfvo = mid
    ? [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }]
    : [{ type: "min" }, { type: "max" }];
  const color = (mid ? [low, mid, high] : [low, high]).map((c) => ({ argb: c }));
  const rule = {
    type: "colorScale",
    priority: 0,
    cfvo,
    color,
  } as unknown as ExcelJS.ConditionalFormattingRule;
  return { ref, rules: [rule] };
}
