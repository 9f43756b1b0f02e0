import { cleanText } from "../../text";
import { importNote, type ImportNote } from "../importNote";

/** The part of a stacked cell that belongs to one of several indicators split from one cell. */
export interface StackedPick {
  /** The value to read for this indicator (the whole cell when it is not stacked). */
  readonly value: unknown;
  /** How the cell was read: `one` not stacked, `paired` one part per indicator, `mismatch` neither. */
  readonly how: "one" | "paired" | "mismatch";
  readonly parts: number;
}

/**
 * Reads a unit or number cell next to an indicator cell that held several indicators: values
 * stacked one per line (`80%\n85%`) or `;`-separated (`80; 85`) pair with the indicators in
 * order when the counts agree. A cell that is not stacked is the same for every indicator. A
 * stacked cell whose count disagrees is a mismatch: which value belongs to which indicator is
 * unknown (and `60\n70` must never read as 6070).
 * @param value the cell
 * @param count how many indicators the row's indicator cell held
 * @param index this indicator's place among them (0-based)
 * @example stackedPick("80%\n85%", 2, 1) // { value: "85%", how: "paired", parts: 2 }
 */
export function stackedPick(value: unknown, count: number, index: number): StackedPick {
  if (typeof value !== "string") return { value, how: "one", parts: 1 };
  const parts = value
    .replace(/\r/g, "")
    .split(/\n|;/)
    .map((p) => cleanText(p).replace(/^([-•*]|\d{1,2}[.)])\s+/, ""))
    .filter((p) => p !== "");
  if (parts.length <= 1) return { value, how: "one", parts: parts.length };
  if (parts.length === count) return { value: parts[index], how: "paired", parts: parts.length };
  return { value: undefined, how: "mismatch", parts: parts.length };
}

/**
 * The note of a stacked number cell that was not imported.
 * @example mismatchNote("F4", 2, 3).en // "F4: 2 values stacked for 3 indicators; not imported"
 */
export function mismatchNote(cell: string, parts: number, count: number): ImportNote {
  return importNote(
    "note.stacked-mismatch",
    `${cell}: ${parts} nilai bertumpuk untuk ${count} indikator; tidak diimpor`,
    `${cell}: ${parts} values stacked for ${count} indicator${count === 1 ? "" : "s"}; not imported`,
    { cell, args: { parts, count } },
  );
}
