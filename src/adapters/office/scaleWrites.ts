import type { ChartPlan, SheetPlan } from "../../core/plans/types";
import { bytesOf, rangeOf, type SheetGetter, type Write } from "./writes";

/**
 * A sheet plan's colour scales and data bars (ExcelApi 1.6, below the manifest's minimum) as
 * Office conditional formats, and its charts (ExcelApi 1.1; axis labels 1.7) as real Excel
 * bar charts: queued with the other writes, so they add no sync.
 * @param sheet the sheet being written
 * @param plan the sheet's plan
 * @returns the writes, one per scale and per chart
 * @example scaleWrites(() => ws, rekapPlan(rows, levels, context))
 */
export function scaleWrites(sheet: SheetGetter, plan: SheetPlan): Write[] {
  const writes: Write[] = [];
  for (const scale of plan.scales ?? []) {
    const { bar, low, mid, high } = scale;
    if (bar) {
      writes.push({
        bytes: bytesOf(scale),
        queue: () => {
          const cf = rangeOf(sheet(), scale.range).conditionalFormats.add("DataBar");
          cf.dataBar.lowerBoundRule = { type: "LowestValue" };
          cf.dataBar.upperBoundRule = { type: "HighestValue" };
          cf.dataBar.positiveFormat.fillColor = bar;
        },
      });
    } else if (low && high) {
      writes.push({
        bytes: bytesOf(scale),
        queue: () => {
          const cf = rangeOf(sheet(), scale.range).conditionalFormats.add("ColorScale");
          cf.colorScale.criteria = {
            minimum: { type: "LowestValue", color: low },
            ...(mid ? { midpoint: { formula: "50", type: "Percentile", color: mid } } : {}),
            maximum: { type: "HighestValue", color: high },
          };
        },
      });
    }
  }
  for (const chart of plan.charts ?? [])
    writes.push({ bytes: bytesOf(chart), queue: () => chartWrite(sheet(), chart) });
  return writes;
}

function chartWrite(ws: Excel.Worksheet, plan: ChartPlan): void {
  const chart = ws.charts.add("BarClustered", rangeOf(ws, plan.series), "Columns");
  chart.title.text = plan.title;
  // The series' names come from the header row; each bar is labelled by its category.
  const labels = rangeOf(ws, plan.categories);
  for (let i = 0; i < (plan.series.cols ?? 1); i++) chart.series.getItemAt(i).setXAxisValues(labels);
  const a = plan.anchor;
  chart.setPosition(
    ws.getRangeByIndexes(a.row, a.col, 1, 1),
    ws.getRangeByIndexes(a.row + (a.rows ?? 1) - 1, a.col + (a.cols ?? 1) - 1, 1, 1),
  );
}
