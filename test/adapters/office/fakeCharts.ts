/** Fake `worksheet.charts` (ExcelApi 1.1): what a chart is made of, recorded on the sheet at sync. */
import type { FakeChart, FakeSheet } from "./fakeGrid";
import type { Batch } from "./fakeRecorder";
import type { FakeRange } from "./fakeRange";

type Place = FakeRange | string;
const addressOf = (r: Place) => (typeof r === "string" ? r : r.addressNow());

/**
 * `charts.add(type, source, seriesBy)`; the chart offers `title.text`, `series.getItemAt(i)
 * .setXAxisValues(range)` and `setPosition(start, end)`, each queued to the next sync.
 * @example fakeCharts(batch, () => sheet).add("BarClustered", range, "Columns").title.text = "x";
 */
export function fakeCharts(batch: Batch, resolve: () => FakeSheet) {
  return {
    add(type: string, source: Place, seriesBy: string) {
      const chart: FakeChart = { type, source: "", seriesBy, xAxisValues: {} };
      batch.queue(`charts.add(${type})`, type, () => {
        chart.source = addressOf(source);
        resolve().charts.push(chart);
      });
      return {
        title: {
          set text(text: string) {
            batch.queue("set chart.title.text", text, () => (chart.title = text));
          },
        },
        series: {
          getItemAt: (i: number) => ({
            setXAxisValues: (range: Place) =>
              batch.queue(`chart.series.getItemAt(${i}).setXAxisValues`, 0, () => {
                chart.xAxisValues[i] = addressOf(range);
              }),
          }),
        },
        setPosition: (start: Place, end?: Place) =>
          batch.queue("chart.setPosition", 0, () => {
            chart.position = [addressOf(start), addressOf(end ?? start)];
          }),
      };
    },
  };
}
