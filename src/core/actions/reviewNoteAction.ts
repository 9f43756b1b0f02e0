import { findSheet } from "../model/buildModel";
import { readSettings } from "../model/settings";
import type { CellBlock, FormatPlan, WorkbookPlan, SheetPlan } from "../plans/types";
import { NOTE_RULES } from "../review/noteFinding";
import { readNotes, type NoteColumn } from "../review/readNotes";
import { reviewSheetPlan } from "../review/reviewSheetPlan";
import type { Finding } from "../rules/types";
import { REVIEW_SHEET, SETTINGS_SHEET } from "../sheets";
import { cellText } from "../text";
import type { WorkbookData } from "../sheet";
import type { ActionContext } from "./checkAction";
import { problemOf, type Problem } from "./problem";

/** The pane's two notes (SPEC §13): an accepted exception, or "to be fixed". */
export type NoteKind = "excepted" | "fix";

/** What the reviewer asked: which finding, which note, the reason and who. */
export interface ReviewNoteRequest {
  readonly finding: Pick<Finding, "rule" | "sheet" | "kode">;
  readonly kind: NoteKind;
  /** The reason; required for `excepted` (a `Dikecualikan` note without one excepts nothing). */
  readonly catatan: string;
  readonly oleh?: string;
}

export interface ReviewNoteOutcome {
  readonly plan?: WorkbookPlan;
  /** The 0-based row of `Catatan Reviu` the note goes to. */
  readonly row?: number;
  readonly problem?: Problem;
}

/** Longest Catatan kept (a cell holds 32,767 characters; a note is a sentence or two). */
const MAX_CATATAN = 2000;
const STATUS_TEXT: Readonly<Record<NoteKind, string>> = {
  excepted: "Dikecualikan",
  fix: "Perlu Perbaikan",
};

/**
 * Kecualikan… / Tandai perlu perbaikan (SPEC §13): one row appended to `Catatan Reviu`, keyed
 * by the finding's rule + Kode (+ sheet). The sheet is created first, with its table and
 * drop-downs as `pokin init` makes it, when the workbook has none.
 * @param data the workbook's values (Pengaturan and `Catatan Reviu` at least)
 * @param request the finding and the note
 * @param context language (of the new sheet's help line) and "now" (the note's Tanggal)
 * @returns one plan writing one row, or a problem (no reason, a note about a note, no header)
 * @example reviewNoteAction(data, { finding, kind: "excepted", catatan: "Disepakati" }, ctx).row // 1
 */
export function reviewNoteAction(
  data: WorkbookData,
  request: ReviewNoteRequest,
  context: ActionContext,
): ReviewNoteOutcome {
  const catatan = cleanText(request.catatan).slice(0, MAX_CATATAN);
  if (request.kind === "excepted" && catatan === "")
    return fail(
      "review.reason",
      'Tulis alasan pengecualian: catatan "Dikecualikan" tanpa alasan tidak mengecualikan apa pun.',
      'Write the reason for the exception: a "Dikecualikan" note without one excepts nothing.',
    );
  if (NOTE_RULES[request.finding.rule] !== undefined)
    return fail(
      "review.noteFinding",
      "Temuan ini tentang catatan reviu sendiri; ubah catatannya langsung di lembar Catatan Reviu.",
      "This finding is about a review note itself; edit the note in the Catatan Reviu sheet.",
    );
  const notes = readNotes(data);
  const values: Readonly<Record<NoteColumn, string | number>> = {
    aturan: request.finding.rule,
    kode: request.finding.kode ?? "",
    lembar: request.finding.sheet,
    status: STATUS_TEXT[request.kind],
    catatan,
    oleh: cleanText(request.oleh ?? "").slice(0, 200),
    tanggal: dateSerial(context.now),
  };
  if (notes.sheet === undefined) {
    const levels = readSettings(findSheet(data, SETTINGS_SHEET)).settings.levels;
    const sheet = reviewSheetPlan(levels, context.lang);
    const order = Object.keys(values) as NoteColumn[];
    // The template's first data row sits inside its table: the note lands there.
    const block: CellBlock = { row: 1, col: 0, values: [order.map((k) => values[k])] };
    const plan: SheetPlan = { ...sheet, blocks: [...(sheet.blocks ?? []), block] };
    return { plan: { sheets: [plan] }, row: 1 };
  }
  const columns = Object.entries(notes.columns).filter((e): e is [NoteColumn, number] => e[1] !== undefined);
  if (notes.notes.length === 0 && !columns.some(([k]) => k === "aturan"))
    return fail(
      "review.header",
      `Lembar '${notes.sheet}' tidak punya baris judul Aturan | Kode | Lembar | Status | Catatan; perbaiki dulu judulnya.`,
      `The sheet '${notes.sheet}' has no Aturan | Kode | Lembar | Status | Catatan header; fix the header first.`,
    );
  const left = Math.min(...columns.map(([, c]) => c));
  const right = Math.max(...columns.map(([, c]) => c));
  const row = nextFreeRow(data, notes.sheet, left, right, headerRow(notes, data));
  const cells: (string | number | null)[] = Array.from({ length: right - left + 1 }, () => null);
  for (const [k, c] of columns) cells[c - left] = values[k];
  const formats: FormatPlan[] = [];
  if (notes.columns.tanggal !== undefined)
    formats.push({ range: { row, col: notes.columns.tanggal }, numberFormat: "yyyy-mm-dd" });
  const plan: SheetPlan = {
    name: notes.sheet,
    mode: "update",
    blocks: [{ row, col: left, values: [cells] }],
    formats,
  };
  // The template formats the Kode column as text ("@"), where Excel keeps the apostrophe that
  // marks written text as text; the cell is made General first, so "1.10" stays the text 1.10.
  const kode = notes.columns.kode;
  if (kode !== undefined) {
    const general: SheetPlan = {
      name: notes.sheet,
      mode: "update",
      formats: [{ range: { row, col: kode }, numberFormat: "General" }],
    };
    return { plan: { sheets: [general, plan] }, row };
  }
  return { plan: { sheets: [plan] }, row };
}

/** The row of the notes' header: the first row naming both Aturan and Status (as readNotes finds it). */
function headerRow(notes: ReturnType<typeof readNotes>, data: WorkbookData): number {
  const first = notes.notes[0];
  if (first) return first.row - 1;
  const rows = findSheet(data, notes.sheet ?? REVIEW_SHEET)?.values ?? [];
  const { aturan, status } = notes.columns;
  const has = (r: readonly unknown[] | undefined, c: number | undefined) =>
    c !== undefined && cellText(r?.[c]) !== "";
  return Math.max(
    rows.findIndex((r) => has(r, aturan) && has(r, status)),
    0,
  );
}

/** The first row below the header after which the note columns hold nothing. */
function nextFreeRow(data: WorkbookData, name: string, left: number, right: number, header: number): number {
  const values = findSheet(data, name)?.values ?? [];
  let last = header;
  for (let r = header + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    for (let c = left; c <= right; c++) if (cellText(row[c]) !== "") last = r;
  }
  return last + 1;
}

/** One line of text: control characters (and line breaks) become spaces, ends trimmed. */
function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what goes
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").trim();
}

/** The day of `now` as an Excel date serial (1900 system), without the time. */
function dateSerial(now: Date): number {
  return (Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function fail(code: string, id: string, en: string): ReviewNoteOutcome {
  return { problem: problemOf(code, { id, en }) };
}
