import { buildModel, findSheet } from "../model/buildModel";
import type { RangeRef } from "../plans/types";
import type { WorkbookData } from "../sheet";
import { cellText, nameKey } from "../text";
import { readColumns } from "./detect/readColumns";
import { detectHeader } from "./detect/detectHeader";
import { windowOf } from "./detect/windowOf";
import { decideMapping } from "./map/decideMapping";
import { isOwnDocument } from "./map/isOwnDocument";
import { pruneNewLevels } from "./map/pruneNewLevels";
import { applyMapOverrides } from "./map/applyMapOverrides";
import { overridesOf, type ColumnOverride, type MapProblem } from "./map/columnOverride";
import { mappingProblem } from "./map/mappingProblem";
import { nameOf } from "./read/nameOf";
import { readRows } from "./read/readRows";
import { readReference, REFERENCE_SHEET } from "../model/reference";
import { toContent, type ImportContent } from "./merge/toContent";
import type { ImportMapping, RowReport } from "./types";
import type { CodedMsg } from "../messages";
import { importNote, type ImportNote } from "./importNote";
import { yearContext } from "./map/yearContext";
import { importPeriod } from "./merge/importPeriod";
import { readSettings, SETTINGS_SHEET } from "../model/settings";

export interface ImportOptions {
  /** Only this range of the sheet, e.g. `A5:AG120`. */
  readonly range?: string;
  /** Merged areas of the sheet, when the host can give them (the header is read better). */
  readonly merges?: readonly RangeRef[];
  /** The planner's changes to the mapping, column → role; or as `--map` text (`F=Target 2025`). */
  readonly overrides?: readonly ColumnOverride[];
  readonly map?: string;
  /** The year `Target Tahun 1` is for, when the planner chose it (`--tahun-awal`). */
  readonly tahunAwal?: number;
  /** "Now", for the default year; defaults to the clock. */
  readonly now?: Date;
}

/** What an import would do, before anything is written: shown to the planner to confirm. */
export interface ImportPreview {
  readonly sheet: string;
  /** Why nothing can be imported (no such sheet, no header found). */
  readonly problem?: CodedMsg;
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
  const fail = (problem: ImportNote): ImportPreview => ({
    sheet: sheetName,
    problem,
    mapProblems: [],
    reports: [],
    content: empty,
  });
  const sheet = findSheet(workbook, sheetName);
  if (!sheet)
    return fail(
      importNote(
        "problem.no-sheet",
        `Lembar '${sheetName}' tidak ada.`,
        `There is no sheet '${sheetName}'.`,
        {
          args: { sheet: sheetName },
        },
      ),
    );
  const win = windowOf(sheet.values, options.range);
  if (!win)
    return fail(
      importNote(
        "problem.bad-range",
        `Rentang '${options.range}' tidak dapat dibaca (contoh: A1:Z99).`,
        `The range '${options.range}' cannot be read (e.g. A1:Z99).`,
        { args: { range: options.range ?? "" } },
      ),
    );
  const header = detectHeader(sheet.values, win, options.merges);
  if (!header) {
    return fail(
      importNote(
        "problem.no-header",
        `Tidak ditemukan baris judul tabel di 15 baris pertama '${sheet.name}' (mis. Uraian, Indikator, Satuan, Target).`,
        `No table header found in the first 15 rows of '${sheet.name}' (e.g. Uraian, Indikator, Satuan, Target).`,
        { args: { sheet: sheet.name } },
      ),
    );
  }
  const data = sheet.values.slice(header.dataStart, win.bottom + 1);
  const { columns, groups } = readColumns(header.paths, data, win.left, win.right);
  const kelompok = columns.find((c) => c.cls.role === "kelompok");
  const values = kelompok && [...new Set(data.map((r) => cellText(r[kelompok.col]).trim()).filter((v) => v))];
  const { years, titles, map } = yearContext(sheet, win.top, header, columns, model.settings, options);
  const own = isOwnDocument(titles, columns);
  const list = kelompok && { col: kelompok.col, values: values! };
  let mapping = decideMapping(sheet.name, header, columns, groups, levels, list, years, own);
  const { overrides, problems: mapProblems } = overridesOf({ map, overrides: options.overrides });
  mapping = pruneNewLevels(overrides.length > 0 ? applyMapOverrides(mapping, overrides) : mapping);
  const at = (l: number) => mapping.levels.findIndex((n) => nameKey(n) === nameKey(levels[l] ?? ""));
  const refSheet = findSheet(workbook, REFERENCE_SHEET);
  const read = readRows(sheet, mapping, win, nameOf(refSheet ? readReference(refSheet) : undefined));
  const taken = new Map(model.indicators.map((i) => [i.kode, at(i.level)]));
  const existing = model.indicators.map(({ kode, kodeInduk, level, uraian, indikator }) => ({
    kode,
    kodeInduk,
    level: at(level),
    uraian,
    indikator,
  }));
  const problem = mappingProblem(mapping, read.reports);
  const content = toContent(read.nodes, mapping.levels, sheet.name, taken, existing);
  const raw = readSettings(findSheet(workbook, SETTINGS_SHEET)).settings;
  const period = importPeriod(model, raw, content.levels, { year: years.year, stated: years.stated });
  return {
    sheet: sheet.name,
    ...(problem ? { problem } : {}),
    mapping,
    mapProblems,
    reports: read.reports,
    content: {
      ...content,
      notes: [...content.notes, ...(period?.notes ?? [])],
      newLevels: mapping.newLevels,
      ...(period ? { period } : {}),
    },
  };
}
