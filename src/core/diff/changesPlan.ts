import type { Lang } from "../messages";
import { generatedNote } from "../plans/generatedNote";
import { tablePaper } from "../plans/printPaper";
import { cellLink } from "../plans/reportPlan";
import { estimateRowHeights } from "../plans/rowHeights";
import type { PlanValue, SheetPlan } from "../plans/types";
import { CHANGES_SHEET } from "../sheets";
import { changeText, KIND_LABEL } from "./changeText";
import { changeCounts } from "./changeCounts";
import type { Change, ChangeCell } from "./types";

/** 0-based row of the table header; above it: the "generated" line and the counts. */
export const CHANGES_HEADER_ROW = 3;

const HEADERS: Record<Lang, readonly string[]> = {
  id: ["No", "Jenis", "Level", "Kode", "Kode Lama", "Kolom", "Lama", "Baru", "Sel", "Sel Lama", "Perubahan"],
  en: ["No", "Kind", "Level", "Kode", "Old Kode", "Column", "Old", "New", "Cell", "Old Cell", "Change"],
};
const WIDTHS = [6, 13, 14, 12, 12, 16, 22, 22, 9, 18, 60];
const TEXT_COL = 10;

export interface ChangesPlanOptions {
  /** The earlier file's name, shown on the counts line. */
  readonly oldName?: string;
  /** The Uraian — Indikator of an added or removed row, for its sentence. */
  readonly rowText?: (change: Change) => string | undefined;
}

/**
 * Plans the generated `Perubahan` sheet (SPEC §12) of a copy of NEW: one table row per change
 * with its kind, level, Kode, column, old and new value, a working link to the cell in NEW
 * (`Sel`), the cell in OLD as text (`Sel Lama`: the other file), and the reviewer's sentence.
 * @param changes the changes, sorted
 * @param lang the language of headers and sentences
 * @param generatedAt when the comparison ran
 * @param options see {@link ChangesPlanOptions}
 * @returns a `replace` sheet plan; workbook text stays plain text (never a formula)
 * @example changesPlan([], "id", new Date()).name // "Perubahan"
 */
export function changesPlan(
  changes: readonly Change[],
  lang: Lang,
  generatedAt: Date,
  options: ChangesPlanOptions = {},
): SheetPlan {
  const rows: PlanValue[][] = changes.map((c, i) => [
    i + 1,
    KIND_LABEL[c.kind][lang],
    c.level,
    c.kode,
    c.oldKode ?? "",
    c.field ?? "",
    c.old ?? "",
    c.new ?? "",
    c.newCell ? cellLink(c.newCell.sheet, c.newCell.cell) : "",
    c.oldCell ? cellName(c.oldCell) : "",
    changeText(c, lang, options.rowText?.(c)),
  ]);
  if (rows.length === 0) rows.push(["", "", "", "", "", "", "", "", "", "", NO_CHANGES[lang]]);
  const first = CHANGES_HEADER_ROW + 1;
  const cols = WIDTHS.length;
  return {
    name: CHANGES_SHEET,
    mode: "replace",
    tabColor: "#6A4C93",
    blocks: [
      {
        row: 0,
        col: 0,
        values: [[generatedNote(lang, generatedAt)], [countsLine(changes, lang, options.oldName)]],
      },
      { row: CHANGES_HEADER_ROW, col: 0, values: [[...HEADERS[lang]], ...rows] },
    ],
    formats: [
      { range: { row: 0, col: 0 }, italic: true, fontColor: "#555555" },
      { range: { row: 1, col: 0 }, bold: true },
      { range: { row: CHANGES_HEADER_ROW, col: 0, cols }, bold: true, fill: "#6A4C93", fontColor: "#FFFFFF" },
      { range: { row: first, col: 0, rows: rows.length, cols }, vAlign: "top" },
      { range: { row: first, col: 3, rows: rows.length, cols: 2 }, numberFormat: "@" },
      { range: { row: first, col: 6, rows: rows.length, cols: 2 }, wrap: true },
      { range: { row: first, col: TEXT_COL, rows: rows.length }, wrap: true },
    ],
    columnWidths: WIDTHS.map((width, col) => ({ col, width })),
    rowHeights: estimateRowHeights(
      rows.map((r, i) => ({ row: first + i, col: TEXT_COL, text: String(r[TEXT_COL] ?? "") })),
      WIDTHS,
    ),
    freeze: { rows: first },
    print: {
      ...tablePaper(WIDTHS, 11),
      repeatRows: [CHANGES_HEADER_ROW, CHANGES_HEADER_ROW],
      header: CHANGES_SHEET,
    },
    table: {
      name: "PokinPerubahan",
      range: { row: CHANGES_HEADER_ROW, col: 0, rows: rows.length + 1, cols },
    },
  };
}

function cellName(c: ChangeCell): string {
  return `${c.sheet}!${c.cell}`;
}

const NO_CHANGES: Record<Lang, string> = { id: "Tidak ada perubahan.", en: "No changes." };

function countsLine(changes: readonly Change[], lang: Lang, oldName: string | undefined): string {
  const against = oldName ? (lang === "en" ? ` against '${oldName}'` : ` dibanding '${oldName}'`) : "";
  return `${changeCounts(changes, lang)}${against}.`;
}
