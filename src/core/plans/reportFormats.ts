import type { Lang } from "../messages";
import type { Severity } from "../rules/types";
import { SEVERITY } from "./reportLines";
import type { ConditionalFormatPlan, FormatPlan, PlanValue } from "./types";

/** Excel's own hyperlink colour. */
export const LINK_COLOR = "#0563C1";

const SEVERITY_FILL: Record<Severity, { fill: string; fontColor: string }> = {
  error: { fill: "#F8D7DA", fontColor: "#842029" },
  warning: { fill: "#FFF3CD", fontColor: "#664D03" },
  info: { fill: "#CFE2FF", fontColor: "#084298" },
};

/**
 * The looks of the `Hasil Pemeriksaan` table: its header, the wrapped Pesan and Semua sel, the
 * Sel links in link blue, underlined, and each Tingkat coloured by severity.
 * @param rows the table's rows below the header (No … Semua sel)
 * @param lang the language the Tingkat cells are in
 * @param header the 0-based sheet row of the table's header
 * @param cols the table's number of columns
 * @returns the formats and the conditional formats
 * @example reportFormats(rows, "id", 3, 9).conditionalFormats[0]?.rules[0] // { equals: "Kesalahan", … }
 */
export function reportFormats(
  rows: readonly PlanValue[][],
  lang: Lang,
  header: number,
  cols: number,
): { formats: FormatPlan[]; conditionalFormats: ConditionalFormatPlan[] } {
  const first = header + 1;
  return {
    formats: [
      { range: { row: header, col: 0, cols }, bold: true, fill: "#2E7D6B", fontColor: "#FFFFFF" },
      { range: { row: first, col: 6, rows: rows.length }, wrap: true, vAlign: "top" },
      { range: { row: first, col: 0, rows: rows.length, cols: 6 }, vAlign: "top" },
      { range: { row: first, col: 7, rows: rows.length }, vAlign: "top" },
      { range: { row: first, col: 8, rows: rows.length }, wrap: true, vAlign: "top" },
      { range: { row: first, col: 0, rows: rows.length }, hAlign: "center" },
      // The Sel links look like links: blue and underlined (a formula gets no link style of its own).
      ...linkRuns(rows).map((run) => ({
        range: { row: first + run.start, col: 4, rows: run.rows },
        fontColor: LINK_COLOR,
        underline: true,
      })),
    ],
    conditionalFormats: [
      {
        range: { row: first, col: 2, rows: rows.length },
        rules: (["error", "warning", "info"] as const).map((s) => ({
          equals: SEVERITY[s][lang],
          ...SEVERITY_FILL[s],
        })),
      },
    ],
  };
}

/** Runs of consecutive rows whose Sel is a link (usually one run: every row). */
function linkRuns(rows: readonly PlanValue[][]): { start: number; rows: number }[] {
  const runs: { start: number; rows: number }[] = [];
  rows.forEach((r, i) => {
    if (typeof r[4] !== "object" || r[4] === null) return;
    const last = runs.at(-1);
    if (last && last.start + last.rows === i) last.rows++;
    else runs.push({ start: i, rows: 1 });
  });
  return runs;
}
