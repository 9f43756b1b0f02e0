import { findSheet } from "../../model/buildModel";
import { SETTINGS_SHEET } from "../../model/settings";
import type { CellBlock, PlanValue, SheetPlan } from "../../plans/types";
import type { SheetData, WorkbookData } from "../../sheet";
import { isBlank } from "../../text";
import type { ImportContent } from "./toContent";

/** The last row with content (0 when only the header). */
export function lastRow(sheet: SheetData): number {
  for (let r = sheet.values.length - 1; r > 0; r--) if (!(sheet.values[r] ?? []).every(isBlank)) return r;
  return 0;
}

/** Consecutive columns of a row as one block each: never a cell at a time, never over others. */
export function runs(row: number, cells: readonly { col: number; value: PlanValue }[]): CellBlock[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col);
  const out: CellBlock[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last.col + last.values[0]!.length === c.col) (last.values[0] as PlanValue[]).push(c.value);
    else out.push({ row, col: c.col, values: [[c.value]] });
  }
  return out;
}

/**
 * The backup of a sheet: a copy of the whole sheet (formulas, formats, merges and widths too),
 * made by the adapter from `copyOf` before anything is written.
 */
export function backupSheet(sheet: SheetData, name: string): SheetPlan {
  return { name, mode: "create", copyOf: sheet.name };
}

/** The years a new level sheet gets columns for: the import's period, else its targets' span (at most 10). */
export function period(content: ImportContent): number[] {
  if (content.period)
    return Array.from(
      { length: content.period.to - content.period.from + 1 },
      (_, i) => content.period!.from + i,
    );
  const years = content.levels.flatMap((l) =>
    l.rows.flatMap((r) => Object.keys(r.targets ?? {}).map(Number)),
  );
  if (years.length === 0) return [];
  const [from, to] = [Math.min(...years), Math.max(...years)];
  return to - from < 10 ? Array.from({ length: to - from + 1 }, (_, i) => from + i) : [];
}

/** The period keys an import writes into Pengaturan (none when it keeps the workbook's). */
export function periodEntries(content: ImportContent): (readonly [string, number])[] {
  const p = content.period;
  if (!p?.write) return [];
  return [
    ["Tahun Awal", p.from],
    ["Tahun Akhir", p.to],
    ...(p.report !== undefined ? [["Tahun Laporan", p.report] as const] : []),
  ];
}

/** `Pengaturan` with the period of the import (and its levels when it adds one), when the workbook has none. */
export function settingsSheet(workbook: WorkbookData, content: ImportContent): SheetPlan | undefined {
  if (findSheet(workbook, SETTINGS_SHEET)) return undefined;
  const years = period(content);
  const levels = content.newLevels?.length ? content.levels.map((l, i) => [`Level ${i + 1}`, l.name]) : [];
  if (years.length === 0 && levels.length === 0) return undefined;
  const span = content.period
    ? periodEntries({ ...content, period: { ...content.period, write: true } })
    : years.length
      ? [
          ["Tahun Awal", years[0]!],
          ["Tahun Akhir", years[years.length - 1]!],
        ]
      : [];
  return {
    name: SETTINGS_SHEET,
    mode: "create",
    blocks: [
      {
        row: 0,
        col: 0,
        values: [["Kunci", "Nilai"], ...span, ...levels],
      },
    ],
  };
}
