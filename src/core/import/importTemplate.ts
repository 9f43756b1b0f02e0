import { parseA1 } from "../a1";
import { buildModel, findSheet } from "../model/buildModel";
import type { RangeRef, WorkbookPlan } from "../plans/types";
import type { WorkbookData } from "../sheet";
import { cellText } from "../text";
import { readColumns } from "./columnRoles";
import { detectHeader, type Window } from "./headerDetect";
import { decideMapping } from "./layout";
import { applyMapOverrides, type MapProblem } from "./mapOverrides";
import { mappingProblem } from "./mappingProblem";
import { mergePlan, type LevelMerge } from "./mergePlan";
import { readRows } from "./readRows";
import { groupKindOf } from "./roles";
import { toContent, type ImportContent } from "./toContent";
import type { GroupKind, ImportMapping, RowReport } from "./types";
import type { Msg } from "../messages";
import { templateYear } from "./years";

export interface ImportOptions {
  /** Only this range of the sheet, e.g. `A5:AG120`. */
  readonly range?: string;
  /** Merged areas of the sheet, when the host can give them (the header is read better). */
  readonly merges?: readonly RangeRef[];
  /** `--map` overrides, e.g. `F=Target 2025,G=Indikator Program`. */
  readonly map?: string;
  /** "Now", for the default year; defaults to the clock. */
  readonly now?: Date;
}

/** What an import would do, before anything is written: shown to the planner to confirm. */
export interface ImportPreview {
  readonly sheet: string;
  /** Why nothing can be imported (no such sheet, no header found). */
  readonly problem?: Msg;
  readonly mapping?: ImportMapping;
  readonly mapProblems: readonly MapProblem[];
  readonly reports: readonly RowReport[];
  readonly content: ImportContent;
}

/**
 * Detects and reads a pasted template (SPEC §6) without writing anything: header, columns,
 * layout and levels, then every data row. Pure; never throws on cell content.
 * @param workbook the whole workbook (its settings and levels decide years and level names)
 * @param sheetName the sheet holding the pasted template
 * @example previewImport(workbook, "Renja").mapping?.columns.map((c) => c.reason.id)
 */
export function previewImport(
  workbook: WorkbookData,
  sheetName: string,
  options: ImportOptions = {},
): ImportPreview {
  const model = buildModel(workbook, options.now ? { now: options.now } : {});
  const levels = model.levels.map((l) => l.name);
  const empty: ImportContent = {
    settings: [],
    levels: levels.map((name) => ({ name, rows: [] })),
    notes: [],
  };
  const fail = (problem: Msg): ImportPreview => ({
    sheet: sheetName,
    problem,
    mapProblems: [],
    reports: [],
    content: empty,
  });
  const sheet = findSheet(workbook, sheetName);
  if (!sheet)
    return fail({ id: `Lembar '${sheetName}' tidak ada.`, en: `There is no sheet '${sheetName}'.` });
  const win = windowOf(sheet.values, options.range);
  if (!win)
    return fail({
      id: `Rentang '${options.range}' tidak dapat dibaca (contoh: A1:Z99).`,
      en: `The range '${options.range}' cannot be read (e.g. A1:Z99).`,
    });
  const header = detectHeader(sheet.values, win, options.merges);
  if (!header) {
    return fail({
      id: `Tidak ditemukan baris judul tabel di 15 baris pertama '${sheet.name}' (mis. Uraian, Indikator, Satuan, Target).`,
      en: `No table header found in the first 15 rows of '${sheet.name}' (e.g. Uraian, Indikator, Satuan, Target).`,
    });
  }
  const data = sheet.values.slice(header.dataStart, win.bottom + 1);
  const { columns, groups } = readColumns(header.paths, data, win.left, win.right);
  const kelompok = columns.find((c) => c.cls.role === "kelompok");
  const kinds: GroupKind[] = kelompok
    ? [...new Set(data.map((r) => groupKindOf(cellText(r[kelompok.col])) ?? "other"))]
    : [];
  const titles: string[] = [];
  for (let r = win.top; r < (header.rows[0] ?? 0); r++) titles.push(...(sheet.values[r] ?? []).map(cellText));
  const years = templateYear(
    titles,
    header.paths.map((p) => p.join(" ")),
    model.settings,
    options.now ?? new Date(),
  );
  let mapping = decideMapping(sheet.name, header, columns, groups, levels, kinds, years);
  let mapProblems: MapProblem[] = [];
  if (options.map) ({ mapping, problems: mapProblems } = applyMapOverrides(mapping, options.map));
  const read = readRows(sheet, mapping, win);
  const taken = new Map(model.indicators.map((i) => [i.kode, i.level]));
  const problem = mappingProblem(mapping, read.reports);
  return {
    sheet: sheet.name,
    ...(problem ? { problem } : {}),
    mapping,
    mapProblems,
    reports: read.reports,
    content: toContent(read.nodes, levels, sheet.name, taken, model.indicators),
  };
}

/**
 * The write plan of a previewed import: backups first, then the merged level sheets.
 * @example planImport(workbook, previewImport(workbook, "Renja"), new Date()).plan.sheets
 */
export function planImport(
  workbook: WorkbookData,
  preview: ImportPreview,
  now: Date,
): { plan: WorkbookPlan; levels: LevelMerge[] } {
  return mergePlan(workbook, preview.content, now);
}

function windowOf(values: readonly (readonly unknown[])[], range: string | undefined): Window | undefined {
  const width = Math.max(0, ...values.map((r) => r.length)) - 1;
  if (!range) return { top: 0, bottom: values.length - 1, left: 0, right: width };
  const [a, b] = range.split(":").map((p) => parseA1(p));
  if (!a) return undefined;
  const end = b ?? a;
  return {
    top: Math.min(a.row, end.row),
    bottom: Math.max(a.row, end.row),
    left: Math.min(a.col, end.col),
    right: Math.max(a.col, end.col),
  };
}
