import { findSheet } from "../../model/buildModel";
import { SETTINGS_SHEET } from "../../model/settings";
import type { CellBlock } from "../../plans/types";
import type { WorkbookData } from "../../sheet";
import { cellText, nameKey } from "../../text";

/**
 * The cells that write keys into an existing `Pengaturan` (SPEC §3.1): the import's period
 * (`Tahun Awal`, `Tahun Akhir`, `Tahun Laporan`) and, when it adds a level, `Level 1 … Level N`
 * in order. A key that exists is updated in place (its first row), the others are appended
 * below the table; nothing else is touched.
 * @param entries the keys and values to write, in order
 * @returns the blocks to write, or undefined when Pengaturan is absent or has no Kunci column
 * @example settingsBlocks(workbook, [["Tahun Awal", 2025], ["Level 3", "Sasaran OPD"]])
 */
export function settingsBlocks(
  workbook: WorkbookData,
  entries: readonly (readonly [string, string | number])[],
): CellBlock[] | undefined {
  const sheet = findSheet(workbook, SETTINGS_SHEET);
  if (!sheet) return undefined;
  let head = -1;
  let keyCol = -1;
  for (let r = 0; r < Math.min(sheet.values.length, 20) && head < 0; r++) {
    keyCol = (sheet.values[r] ?? []).findIndex((v) => nameKey(cellText(v)) === "kunci");
    if (keyCol >= 0) head = r;
  }
  if (head < 0) return undefined;
  const rowOf = new Map<string, number>();
  let last = head;
  for (let r = head + 1; r < sheet.values.length; r++) {
    const key = nameKey(cellText(sheet.values[r]?.[keyCol]));
    if (key !== "") last = r;
    if (key !== "" && !rowOf.has(key)) rowOf.set(key, r);
  }
  return entries.map(([key, value]) => ({
    row: rowOf.get(nameKey(key)) ?? ++last,
    col: keyCol,
    values: [[key, value]],
  }));
}
