import { levelFill } from "../layout/colors";
import { CASCADING_GROUP } from "./cascadingHeader";
import type { FormatPlan, RangeRef } from "./types";

/**
 * The Cascading matrix's look: the generated line and the title, bold centred header rows in
 * each level's colour with the level name merged over its group, wrapped body text at the
 * top of its cells, Target right-aligned, thin borders around the whole table.
 * @param levels the number of levels
 * @param groupRow the 0-based row of the level names (the column headers follow it)
 * @param rows the number of body rows (they start two rows below `groupRow`)
 * @param fontSize the body's font size
 * @returns the formats, and the level names' merges
 * @example cascadingFormats(5, 3, 120, 10).merges.length // 5
 */
export function cascadingFormats(
  levels: number,
  groupRow: number,
  rows: number,
  fontSize: number,
): { formats: FormatPlan[]; merges: RangeRef[] } {
  const cols = Math.max(1, levels) * CASCADING_GROUP;
  const first = groupRow + 2;
  const formats: FormatPlan[] = [
    { range: { row: 0, col: 0 }, italic: true, fontColor: "#555555", fontSize: 9 },
    { range: { row: 1, col: 0 }, bold: true, fontSize: 14 },
    {
      range: { row: groupRow, col: 0, rows: 2, cols },
      bold: true,
      wrap: true,
      hAlign: "center",
      vAlign: "middle",
    },
    { range: { row: first, col: 0, rows, cols }, wrap: true, vAlign: "top", fontSize },
    { range: { row: groupRow, col: 0, rows: rows + 2, cols }, border: { style: "thin", color: "#404040" } },
  ];
  const merges: RangeRef[] = [];
  for (let l = 0; l < levels; l++) {
    const col = l * CASCADING_GROUP;
    formats.push({ range: { row: groupRow, col, rows: 2, cols: CASCADING_GROUP }, fill: levelFill(l) });
    formats.push({ range: { row: first, col: col + 4, rows }, hAlign: "right" });
    merges.push({ row: groupRow, col, cols: CASCADING_GROUP });
  }
  return { formats, merges };
}
