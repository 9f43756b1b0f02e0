import { columnLetters } from "../a1";
import type { Lang } from "../messages";
import { RULES } from "../rules/registry";
import { NOTE_HEADERS } from "./readNotes";
import { NOTE_RULES } from "./noteFinding";
import { REFERENCE_SHEET, REVIEW_SHEET, SETTINGS_SHEET } from "../sheets";
import type { SheetPlan } from "../plans/types";

/** Rows below the header that get the drop-downs, for notes typed later. */
const NOTE_ROWS = 500;
/** The rule ids sit in a column of their own to the right: a literal list of them is longer than Excel allows. */
const LIST_COL = 8;
const WIDTHS = [12, 16, 16, 16, 50, 16, 12];

/**
 * Plans an empty `Catatan Reviu` sheet (SPEC §13): an Excel table Aturan | Kode | Lembar |
 * Status | Catatan | Oleh | Tanggal with drop-downs for Aturan (every rule id, listed in column
 * I), Lembar (the level sheets, Pengaturan, Referensi Nomenklatur) and Status. `create`: an
 * existing notes sheet is never touched. Headers stay in Indonesian (they are the format).
 * @param levels the level sheet names, top to bottom
 * @param lang the language of the help line above the rule list
 * @returns the sheet plan
 * @example reviewSheetPlan(["Tujuan RPD", "Program"], "id").name // "Catatan Reviu"
 */
export function reviewSheetPlan(levels: readonly string[], lang: Lang): SheetPlan {
  const header = (Object.keys(NOTE_HEADERS) as (keyof typeof NOTE_HEADERS)[]).map((k) => NOTE_HEADERS[k][0]!);
  const rules = [...RULES.map((r) => r.id), ...Object.keys(NOTE_RULES)];
  const body = (col: number) => ({ row: 1, col, rows: NOTE_ROWS });
  const listHeader = lang === "en" ? "Rules (list)" : "Daftar Aturan";
  return {
    name: REVIEW_SHEET,
    mode: "create",
    tabColor: "#B5651D",
    blocks: [
      { row: 0, col: 0, values: [header] },
      { row: 0, col: LIST_COL, values: [[listHeader], ...rules.map((r) => [r])] },
    ],
    formats: [
      { range: { row: 0, col: 0, cols: header.length }, bold: true },
      { range: { row: 0, col: LIST_COL }, bold: true, italic: true, fontColor: "#555555" },
      { range: { row: 1, col: LIST_COL, rows: rules.length }, fontColor: "#555555" },
      { range: body(1), numberFormat: "@" },
      { range: body(4), wrap: true, vAlign: "top" },
      { range: body(6), numberFormat: "yyyy-mm-dd" },
    ],
    columnWidths: [...WIDTHS.map((width, col) => ({ col, width })), { col: LIST_COL, width: 14 }],
    freeze: { rows: 1 },
    table: {
      name: "tbl_CatatanReviu",
      range: { row: 0, col: 0, rows: 2, cols: header.length },
      style: "TableStyleMedium7",
    },
    validations: [
      {
        range: body(0),
        list: { formula: `=$${columnLetters(LIST_COL)}$2:$${columnLetters(LIST_COL)}$${rules.length + 1}` },
        allowOther: true,
      },
      { range: body(2), list: [...levels, SETTINGS_SHEET, REFERENCE_SHEET], allowOther: true },
      { range: body(3), list: ["Dikecualikan", "Perlu Perbaikan", "Selesai"] },
    ],
  };
}
