import { assembleModel, findSheet, type Model, type SettingsRead } from "../model/buildModel";
import { readLevelRow } from "../model/readIndicator";
import type { Indicator } from "../model/indicator";
import { readSettings } from "../model/settings";
import type { SheetData, WorkbookData } from "../sheet";
import { REFERENCE_SHEET, SETTINGS_SHEET } from "../sheets";
import { nameKey } from "../text";
import { resolveSettings } from "../model/resolveSettings";
import { applyEdit, type CellEdit, type MutableSheet } from "./cellEdit";
import { LiveLinks } from "./liveLinks";
import { copySheet, levelModels, readLiveLevel, type LiveChange, type LiveLevel } from "./liveLevel";

export type { LiveChange, RowsChange } from "./liveLevel";

/**
 * The pohon kinerja model kept up to date from cell edits (SPEC §14): each level row is read
 * once, and an edit re-reads only the rows it touched; links (Kode → parent) and the settings'
 * defaults are put together again, which is cheap. Edits to Pengaturan, the reference list or a
 * level sheet's header row, or to a sheet named like a missing level, read everything again.
 * The model it gives equals `buildModel` of the edited workbook.
 */
export class LiveModel {
  private sheets: SheetData[] = [];
  private read!: SettingsRead;
  private levels: LiveLevel[] = [];
  private links!: LiveLinks;

  constructor(
    workbook: WorkbookData,
    private readonly now: Date,
  ) {
    this.load(workbook.sheets.map(copySheet));
  }

  /** The workbook as edited so far. */
  get workbook(): WorkbookData {
    return { sheets: this.sheets };
  }

  /**
   * Applies edits and says what must be re-checked.
   * @example live.apply([{ sheet: "Program", row: 4, col: 1, values: [["1.2"]] }]).kind // "rows"
   */
  apply(edits: readonly CellEdit[]): LiveChange {
    const rows = new Map<number, Set<number>>();
    let full = false;
    for (const edit of edits) {
      const key = nameKey(edit.sheet);
      let sheet = this.sheets.find((s) => nameKey(s.name) === key) as MutableSheet | undefined;
      if (!sheet) {
        sheet = { name: edit.sheet, values: [], numberFormats: [] };
        this.sheets.push(sheet);
      }
      const touched = applyEdit(sheet, edit);
      // Usually one level; two when Pengaturan names the same sheet twice.
      const levels = this.levels.filter((l) => l.sheet === sheet);
      const structural =
        key === nameKey(SETTINGS_SHEET) ||
        key === nameKey(REFERENCE_SHEET) ||
        (levels.length === 0 && this.levels.some((l) => nameKey(l.name) === key)) ||
        (levels.length > 0 && touched.includes(0));
      if (structural) full = true;
      for (const level of levels) {
        const set = rows.get(level.index) ?? new Set<number>();
        touched.forEach((r) => set.add(r));
        rows.set(level.index, set);
      }
    }
    if (full) {
      this.load(this.sheets);
      return { kind: "full" };
    }
    const kodes = new Set<string>();
    const induks = new Set<string>();
    const note = (row: LiveLevel["rows"][number] | undefined) => {
      if (typeof row !== "object") return;
      kodes.add(row.kode);
      induks.add(row.kodeInduk);
    };
    for (const [index, set] of rows) {
      const level = this.levels[index]!;
      for (const r of set) {
        const old = level.rows[r];
        note(old);
        const now = readLevelRow(level.sheet!, level.columns!, index, r);
        level.rows[r] = now;
        note(now);
        this.links.replace(
          typeof old === "object" ? old : undefined,
          typeof now === "object" ? now : undefined,
        );
      }
    }
    this.links.relink();
    return { kind: "rows", rows, kodes, induks, levels: new Set(rows.keys()) };
  }

  /** Indicators by Kode and by Kode Induk, in model order (kept up to date edit by edit). */
  get index(): { readonly kodes: Map<string, Indicator[]>; readonly induks: Map<string, Indicator[]> } {
    return this.links;
  }

  /**
   * The model of the workbook as edited: links and the Kode index were updated by `apply` for
   * the rows it touched, so nothing here is relinked.
   */
  model(): Model {
    const levels = levelModels(this.levels);
    return {
      workbook: this.workbook,
      settings: resolveSettings(this.read.settings, levels, this.now),
      settingsSheet: this.read.settingsSheet,
      settingsProblems: this.read.problems,
      levels,
      indicators: levels.flatMap((l) => l.indicators),
      byKode: this.links.byKode,
    };
  }

  private load(sheets: SheetData[]): void {
    this.sheets = sheets;
    const workbook = this.workbook;
    const settingsSheet = findSheet(workbook, SETTINGS_SHEET);
    this.read = { settingsSheet, ...readSettings(settingsSheet) };
    this.levels = this.read.settings.levels.map((name, index) => readLiveLevel(workbook, name, index));
    // Linked once in full, then kept up to date by each edit.
    const model = assembleModel(workbook, this.read, levelModels(this.levels), this.now);
    this.links = new LiveLinks(model.indicators);
  }
}
