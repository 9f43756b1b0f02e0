import { a1 } from "../a1";
import type { Lang } from "../messages";
import type { Finding } from "../rules/types";
import { nameKey } from "../text";
import { noteFinding } from "./noteFinding";
import type { ReviewNote, ReviewNotes } from "./readNotes";

export interface ApplyNotesOptions {
  readonly lang?: Lang;
  /** Keep excepted findings in the list, marked `excepted: true` with the note's Catatan. */
  readonly all?: boolean;
}

/** The check's findings once the reviewer's notes are applied. */
export interface ReviewedFindings {
  /** What to show: findings not excepted (with `all`, the excepted ones too, marked), then POKIN047–049. */
  readonly findings: Finding[];
  /** How many findings a `Dikecualikan` note left out (or, with `all`, marked). */
  readonly excepted: number;
}

/**
 * Applies the `Catatan Reviu` notes to the check's findings (SPEC §13). A note matches a
 * finding by rule + Kode, or, for a note without Kode, by rule + sheet among findings without a
 * Kode (any sheet when the note names none). A `Dikecualikan` note with a Catatan excepts every
 * finding it matches; without Catatan it excepts nothing (POKIN049). A `Perlu Perbaikan` note
 * that matches nothing is fixed (POKIN047); any other note that matches nothing, apart from
 * `Selesai`, is stale (POKIN048, once per rule + Kode + sheet).
 * @param findings the check's findings, sorted
 * @param notes the notes read by readNotes
 * @param options language of POKIN047–049, and `all`
 * @returns the findings to show and the number excepted
 * @example applyNotes(findings, readNotes(workbook), { lang: "id" }).excepted // 2
 */
export function applyNotes(
  findings: readonly Finding[],
  notes: ReviewNotes,
  options: ApplyNotesOptions = {},
): ReviewedFindings {
  const lang = options.lang ?? "id";
  const index = new Map<string, ReviewNote[]>();
  for (const note of notes.notes) {
    const k = noteKey(note);
    index.set(k, [...(index.get(k) ?? []), note]);
  }
  const matched = new Set<ReviewNote>();
  const shown: Finding[] = [];
  let excepted = 0;
  for (const f of findings) {
    const hits = findingKeys(f).flatMap((k) => index.get(k) ?? []);
    for (const n of hits) matched.add(n);
    const exception = hits.find((n) => n.status === "excepted" && n.catatan !== "");
    if (!exception) shown.push(f);
    else {
      excepted++;
      if (options.all) shown.push({ ...f, excepted: true, catatan: exception.catatan });
    }
  }
  const sheet = notes.sheet ?? "";
  const col = (c: number | undefined) => c ?? 0;
  const stale = new Set<string>();
  for (const note of notes.notes) {
    if (note.status === "excepted" && note.catatan === "") {
      shown.push(noteFinding("POKIN049", note, sheet, a1(note.row, col(notes.columns.catatan)), lang));
    } else if (matched.has(note) || note.status === "done") {
      continue;
    } else if (note.status === "fix") {
      shown.push(noteFinding("POKIN047", note, sheet, a1(note.row, col(notes.columns.status)), lang));
    } else if (!stale.has(noteKey(note))) {
      stale.add(noteKey(note));
      shown.push(noteFinding("POKIN048", note, sheet, a1(note.row, col(notes.columns.aturan)), lang));
    }
  }
  return { findings: shown, excepted };
}

function noteKey(note: ReviewNote): string {
  if (note.kode !== "") return `${note.rule}\u0001k\u0001${note.kode}`;
  return `${note.rule}\u0001s\u0001${note.sheet === "" ? "*" : nameKey(note.sheet)}`;
}

function findingKeys(f: Finding): string[] {
  if (f.kode) return [`${f.rule}\u0001k\u0001${f.kode}`];
  return [`${f.rule}\u0001s\u0001${nameKey(f.sheet)}`, `${f.rule}\u0001s\u0001*`];
}
