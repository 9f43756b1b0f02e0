import { findSheet } from "../../model/buildModel";
import { SETTINGS_SHEET } from "../../model/settings";
import type { CellBlock } from "../../plans/types";
import type { WorkbookData } from "../../sheet";
import { cellText, nameKey } from "../../text";

/**
 * The cells that declare the import's levels in an existing `Pengaturan` (SPEC §3.1), when the
 * import adds a level the workbook lacks: `Level 1 … Level N` rewritten in order (rows that
 * exist are updated in place, the others appended below the table).
 * @param levels every level, top to bottom, new ones included
 * @returns the blocks to write, or undefined when Pengaturan is absent or has no Kunci column
 * @example levelSettings(workbook, ["Tujuan RPD", "Tujuan OPD", "Sasaran OPD", "Program", "Kegiatan", "Sub Kegiatan"])
 */
export function levelSettings(workbook: WorkbookData, levels: readonly string[]): CellBlock[] | undefined {
  const sheet = findSheet(workbook, SETTINGS_SHEET);
  if (!sheet) return undefined;
  let head = -1;
  let keyCol = -1;
  for (let r = 0; r < Math.min(sheet.values.length, 20) && head < 0; r++) {
    keyCol = (sheet.values[r] ?? []).findIndex((v) => nameKey(cellText(v)) === "kunci");
    if (keyCol >= 0) head = r;
  }
  if (head < 0) return undefined;
  const rowOf = new Map<number, number>();
  let last = head;
  for (let r = head + 1; r < sheet.values.length; r++) {
    const key = nameKey(cellText(sheet.values[r]?.[keyCol]));
    if (key !== "") last = r;
    const m = /^level (\d+)$/.exec(key);
    if (m && !rowOf.has(Number(m[1]))) rowOf.set(Number(m[1]), r);
  }
  const blocks: CellBlock[] = [];
  levels.forEach((name, i) => {
    const r = rowOf.get(i + 1) ?? ++last;
    blocks.push({ row: r, col: keyCol, values: [[`Level ${i + 1}`, name]] });
  });
  return blocks;
}
