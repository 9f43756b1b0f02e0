import { findSheet } from "../../model/buildModel";
import { mapColumns } from "../../model/columns";
import type { CellBlock, SheetPlan, WorkbookPlan } from "../../plans/types";
import type { WorkbookData } from "../../sheet";
import { cellText, nameKey } from "../../text";
import { readKode } from "../../values/kode";
import { SETTINGS_SHEET } from "../../model/settings";
import { backupName } from "./backupName";
import { settingsBlocks } from "./settingsBlocks";
import { backupSheet, lastRow, period, periodEntries, runs, settingsSheet } from "./planParts";
import { newSheetHeader, rowCells } from "./rowCells";
import type { ImportContent } from "./toContent";

/** What merging did to one level sheet. */
export interface LevelMerge {
  readonly level: string;
  readonly updated: number;
  readonly appended: number;
  /** Set when the sheet existed and was backed up first. */
  readonly backup?: string;
}

/**
 * The write plan of an import (SPEC §6): every existing sheet that will change is first copied
 * whole (formulas and formats too: `copyOf`) to `Cadangan <sheet> <yyyymmdd-hhmm>`; rows are
 * merged into the level sheets by Kode — an existing row is updated in place (only the cells
 * the import has a value for; nothing is erased), a new row is appended, no row is deleted,
 * unknown columns are untouched; missing columns are added at the right; a missing level sheet
 * is created. `Pengaturan` is created with the import's period when the workbook has none, and
 * its period is updated when the import decided so ({@link importPeriod}).
 * @param now the time in the backup names
 * @example mergePlan(workbook, content, new Date()).plan.sheets[0]?.name // "Cadangan Program 20250102-0304"
 */
export function mergePlan(
  workbook: WorkbookData,
  content: ImportContent,
  now: Date,
): { plan: WorkbookPlan; levels: LevelMerge[] } {
  const taken = new Set(workbook.sheets.map((s) => nameKey(s.name)));
  const backups: SheetPlan[] = [];
  const writes: SheetPlan[] = [];
  const levels: LevelMerge[] = [];
  content.levels.forEach((level, l) => {
    if (level.rows.length === 0) return;
    const sheet = findSheet(workbook, level.name);
    if (!sheet) {
      const rows = level.rows.map((r) => rowCells(r, l > 0));
      const header = newSheetHeader(rows, l > 0, period(content));
      const values = [
        header,
        ...rows.map((cells) => header.map((h) => cells.find((c) => c.header === h)?.value ?? null)),
      ];
      writes.push({
        name: level.name,
        mode: "create",
        blocks: [{ row: 0, col: 0, values }],
        formats: [{ range: { row: 0, col: 0, cols: header.length }, bold: true, wrap: true }],
        freeze: { rows: 1 },
      });
      levels.push({ level: level.name, updated: 0, appended: rows.length });
      return;
    }
    const header = [...(sheet.values[0] ?? [])].map(cellText);
    const cm = mapColumns(header);
    const colOf = (h: string): number => {
      let c = header.findIndex((x) => nameKey(x) === nameKey(h));
      if (c < 0) c = lookup(cm, h);
      if (c < 0) {
        header.push(h);
        c = header.length - 1;
      }
      return c;
    };
    const kodeCol = cm.fields.kode;
    const byKode = new Map<string, number>();
    for (let r = 1; r < sheet.values.length && kodeCol !== undefined; r++) {
      const k = readKode(sheet.values[r]?.[kodeCol]).kode;
      if (k !== "" && !byKode.has(k)) byKode.set(k, r);
    }
    let next = lastRow(sheet) + 1;
    const blocks: CellBlock[] = [];
    let updated = 0;
    let appended = 0;
    for (const row of level.rows) {
      const at = byKode.get(row.kode);
      const old = at === undefined ? [] : (sheet.values[at] ?? []);
      const ket = cm.fields.keterangan !== undefined ? cellText(old[cm.fields.keterangan]) : "";
      const cells = rowCells(row, l > 0, ket).map((c) => ({ col: colOf(c.header), value: c.value }));
      const target = at ?? next++;
      const changed = cells.filter((c) => at === undefined || cellText(old[c.col]) !== cellText(c.value));
      if (changed.length === 0) continue;
      blocks.push(...runs(target, changed));
      if (at === undefined) byKode.set(row.kode, target);
      if (at === undefined) appended++;
      else updated++;
    }
    const added = header.length - (sheet.values[0] ?? []).length;
    if (added > 0) blocks.unshift({ row: 0, col: header.length - added, values: [header.slice(-added)] });
    if (blocks.length === 0) return;
    const name = backupName(sheet.name, now, taken);
    taken.add(nameKey(name));
    backups.push(backupSheet(sheet, name));
    writes.push({ name: sheet.name, mode: "update", blocks });
    levels.push({ level: level.name, updated, appended, backup: name });
  });
  const settings = settingsSheet(workbook, content);
  const old = findSheet(workbook, SETTINGS_SHEET);
  const entries = [
    ...periodEntries(content),
    ...(content.newLevels?.length ? content.levels.map((l, i) => [`Level ${i + 1}`, l.name] as const) : []),
  ];
  const declare = entries.length ? settingsBlocks(workbook, entries) : undefined;
  if (declare && old) {
    backups.push(backupSheet(old, backupName(old.name, now, taken)));
    writes.unshift({ name: old.name, mode: "update", blocks: declare });
  }
  return { plan: { sheets: [...backups, ...(settings ? [settings] : []), ...writes] }, levels };
}

function lookup(cm: ReturnType<typeof mapColumns>, h: string): number {
  const m = /^(Target|Realisasi) (\d{4})(?: TW([1-4]))?$/.exec(h);
  if (!m) return -1;
  const year = Number(m[2]);
  if (m[3]) return cm.quarters.get(year)?.[Number(m[3]) - 1] ?? -1;
  return (m[1] === "Target" ? cm.targets : cm.realisasi).get(year) ?? -1;
}
