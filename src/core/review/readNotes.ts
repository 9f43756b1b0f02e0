import { findSheet } from "../model/buildModel";
import type { WorkbookData } from "../sheet";
import { REVIEW_SHEET } from "../sheets";
import { cellText, nameKey } from "../text";
import { readKode } from "../values/kode";

/** A note's Status (SPEC §13): an accepted exception, a finding to fix, or done. */
export type NoteStatus = "excepted" | "fix" | "done";

/** One row of the `Catatan Reviu` sheet. */
export interface ReviewNote {
  /** The rule id, normalised (`19`, `pokin19` → `POKIN019`). */
  readonly rule: string;
  /** The Kode the note is about ("" for a finding without a Kode). */
  readonly kode: string;
  /** The sheet (Lembar) as typed; "" when not given. */
  readonly sheet: string;
  /** undefined when the Status is empty or not one of the three. */
  readonly status?: NoteStatus;
  readonly catatan: string;
  readonly oleh: string;
  /** 0-based row in the notes sheet. */
  readonly row: number;
}

/** Where the notes sit: the sheet's own name and the 0-based columns of the header. */
export interface ReviewNotes {
  readonly sheet?: string;
  readonly columns: Readonly<Record<NoteColumn, number | undefined>>;
  readonly notes: readonly ReviewNote[];
}

export type NoteColumn = "aturan" | "kode" | "lembar" | "status" | "catatan" | "oleh" | "tanggal";

/** The header of the notes sheet in the order the template writes it; English names also read. */
export const NOTE_HEADERS: Readonly<Record<NoteColumn, readonly string[]>> = {
  aturan: ["Aturan", "Rule"],
  kode: ["Kode", "Code"],
  lembar: ["Lembar", "Sheet"],
  status: ["Status"],
  catatan: ["Catatan", "Note"],
  oleh: ["Oleh", "By"],
  tanggal: ["Tanggal", "Date"],
};

const STATUS: Readonly<Record<string, NoteStatus>> = {
  dikecualikan: "excepted",
  excepted: "excepted",
  "perlu perbaikan": "fix",
  "needs fix": "fix",
  selesai: "done",
  done: "done",
};

/** The header is looked for in the first rows (a title line above it is allowed). */
const HEADER_SEARCH_ROWS = 10;

/**
 * Reads the `Catatan Reviu` sheet (SPEC §13): its header is found by text (Aturan and Status
 * at least, matched like every header) in the first rows; each later row with a rule is a
 * note. Never throws on cell content.
 * @param workbook the workbook's values
 * @returns the notes in sheet order (none when the sheet or its header is missing)
 * @example readNotes(workbook).notes[0]?.status // "excepted"
 */
export function readNotes(workbook: WorkbookData): ReviewNotes {
  const none = { columns: columnsOf([]), notes: [] };
  const sheet = findSheet(workbook, REVIEW_SHEET);
  if (!sheet) return none;
  const top = sheet.values.slice(0, HEADER_SEARCH_ROWS);
  const h = top.findIndex((row) => {
    const c = columnsOf(row ?? []);
    return c.aturan !== undefined && c.status !== undefined;
  });
  if (h < 0) return { ...none, sheet: sheet.name };
  const columns = columnsOf(sheet.values[h] ?? []);
  const notes: ReviewNote[] = [];
  for (let r = h + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    const text = (c: number | undefined) => (c === undefined ? "" : cellText(row[c]));
    const rule = ruleId(text(columns.aturan));
    if (rule === "") continue;
    notes.push({
      rule,
      kode: columns.kode === undefined ? "" : readKode(row[columns.kode]).kode,
      sheet: text(columns.lembar),
      status: STATUS[nameKey(text(columns.status))],
      catatan: text(columns.catatan),
      oleh: text(columns.oleh),
      row: r,
    });
  }
  return { sheet: sheet.name, columns, notes };
}

function columnsOf(header: readonly unknown[]): Record<NoteColumn, number | undefined> {
  const keys = header.map((v) => nameKey(cellText(v)));
  const find = (names: readonly string[]) => {
    const i = keys.findIndex((k) => names.some((n) => nameKey(n) === k));
    return i < 0 ? undefined : i;
  };
  const out = {} as Record<NoteColumn, number | undefined>;
  for (const col of Object.keys(NOTE_HEADERS) as NoteColumn[]) out[col] = find(NOTE_HEADERS[col]);
  return out;
}

/**
 * A rule id as the check spells it: `POKIN019` from `pokin 19`, `19` or `POKIN019`.
 * @example ruleId(" pokin19 ") // "POKIN019"
 */
export function ruleId(text: string): string {
  const t = text.replace(/\s+/g, "").toUpperCase();
  const m = /^(?:POKIN)?(\d{1,3})$/.exec(t);
  return m ? `POKIN${m[1]!.padStart(3, "0")}` : t;
}
