import type { SheetData } from "../../sheet";
import { cellText } from "../../text";
import { nomenklaturSegments } from "../../values/nomenklatur";
import type { GroupColumns } from "./groupColumns";
import { listKinds, type KindRead, type ListItem } from "./listKinds";
import { readText } from "./readValue";
import type { ImportMapping } from "../types";

const PERCENT = /^(%|persen)|^(persentase|presentase|prosentase|indeks|rasio|tingkat)\b/i;

/**
 * A row's official code segments, from the code column or the five split cells.
 * @example codeOf([1, 6, 4, 2.01, 1], splitGroup) // ["1", "6", "4", "2", "1", "1"]
 */
export function codeOf(row: readonly unknown[], gc: GroupColumns): string[] {
  if (gc.nomenklatur !== undefined) return nomenklaturSegments(row[gc.nomenklatur]);
  if (gc.codeParts.length === 0) return [];
  // The kegiatan cell holds two segments (`2.01`); stored as a number, 2.10 would read as 2.1.
  const parts = gc.codeParts.map((c, i) =>
    i === 3 && typeof row[c] === "number" && !Number.isInteger(row[c])
      ? (row[c] as number).toFixed(2)
      : row[c],
  );
  return nomenklaturSegments(parts);
}

/**
 * The kind of each row of a list column (see {@link listKinds}), from its code, Kelompok, name,
 * indicator, unit and budget (Rp) cells.
 * @param rows the 0-based rows that are not skipped
 */
export function listRowKinds(
  sheet: SheetData,
  mapping: ImportMapping,
  gc: GroupColumns,
  rows: readonly number[],
): Map<number, KindRead> {
  const money = mapping.columns
    .filter((c) => c.role.kind === "skip" && c.role.why === "anggaran")
    .map((c) => c.col);
  const items: ListItem[] = rows.map((r) => {
    const row = sheet.values[r] ?? [];
    const code = codeOf(row, gc);
    const indicator = gc.indikators.map((c) => readText(row[c], "").text).join(" ");
    const kelompok = gc.kelompok !== undefined ? cellText(row[gc.kelompok]) : undefined;
    return {
      row: r,
      name: readText(row[gc.uraian], "").text,
      ...(code.length > 0 ? { code } : {}),
      ...(kelompok !== undefined ? { kelompok } : {}),
      hasIndicator: indicator.trim() !== "",
      hasSatuan: gc.satuan.some((s) => readText(row[s.col], "").text !== ""),
      money: money.map((c) => (typeof row[c] === "number" ? (row[c] as number) : undefined)),
    };
  });
  const percent = rows.map((r) => {
    const row = sheet.values[r] ?? [];
    return (
      gc.satuan.some((s) => PERCENT.test(cellText(row[s.col]))) ||
      gc.indikators.some((c) => PERCENT.test(cellText(row[c])))
    );
  });
  const kinds = listKinds(items, percent);
  return new Map(rows.map((r, i) => [r, kinds[i]!]));
}
