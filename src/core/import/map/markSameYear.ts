import { columnLetters } from "../../a1";
import type { ColumnDecision } from "../types";

/**
 * Marks target columns that give a year another column of the same group already gives
 * (`Kondisi Akhir` next to `Target Tahun 5`, both the last year of the period): the first
 * column is the target; a later one only fills the cells the first leaves empty, and its reason
 * and confidence say so. Reading both as the same target would hide which value was used.
 * @example markSameYear(columns).find((c) => c.header === "Kondisi Akhir")?.confidence // 0.5
 */
export function markSameYear(columns: readonly ColumnDecision[]): ColumnDecision[] {
  const first = new Map<string, ColumnDecision>();
  return columns.map((c) => {
    if (c.role.kind !== "target") return c;
    const key = `${c.group}:${c.role.year}`;
    const before = first.get(key);
    if (!before) {
      first.set(key, c);
      return c;
    }
    const at = columnLetters(before.col);
    return {
      ...c,
      confidence: Math.min(c.confidence, 0.5),
      reason: {
        id: `${c.reason.id}; kolom ${at} juga Target ${c.role.year}: kolom ini hanya dipakai bila ${at} kosong`,
        en: `${c.reason.en}; column ${at} is Target ${c.role.year} too: this column is used only where ${at} is empty`,
      },
    };
  });
}
