import type { Lang } from "../messages";
import type { Finding, Severity } from "../rules/types";
import type { ReviewNote } from "./readNotes";

/** The rules about the notes themselves (SPEC §13). */
export const NOTE_RULES: Readonly<Record<string, Severity>> = {
  POKIN047: "info",
  POKIN048: "info",
  POKIN049: "warning",
};

/**
 * The finding a note gives when it excuses nothing: POKIN047 (a `Perlu Perbaikan` note whose
 * finding is gone: fixed), POKIN048 (a stale note), POKIN049 (`Dikecualikan` without Catatan).
 * It sits on the note's row of the notes sheet and carries the note's Kode.
 * @example noteFinding("POKIN047", note, "Catatan Reviu", "D2", "en").message // "[1.2] … fixed …"
 */
export function noteFinding(
  rule: "POKIN047" | "POKIN048" | "POKIN049",
  note: ReviewNote,
  sheet: string,
  cell: string,
  lang: Lang,
): Finding {
  const what = `${note.rule}${note.sheet !== "" ? ` (${note.sheet})` : ""}`;
  const text = {
    POKIN047: {
      id: `Catatan "Perlu Perbaikan" untuk ${what}: temuannya tidak muncul lagi — sudah diperbaiki; ubah Status menjadi "Selesai".`,
      en: `"Perlu Perbaikan" note for ${what}: the finding no longer occurs — fixed; set its Status to "Selesai".`,
    },
    POKIN048: {
      id: `Catatan untuk ${what} tidak cocok dengan temuan mana pun (usang): hapus catatan ini atau perbaiki Aturan/Kode/Lembar-nya.`,
      en: `The note for ${what} matches no finding (stale): delete it or correct its Aturan/Kode/Lembar.`,
    },
    POKIN049: {
      id: `Catatan "Dikecualikan" untuk ${what} tanpa Catatan: tidak mengecualikan apa pun sampai alasannya ditulis.`,
      en: `"Dikecualikan" note for ${what} has no Catatan: it excepts nothing until the reason is written.`,
    },
  }[rule][lang];
  return {
    rule,
    severity: NOTE_RULES[rule]!,
    sheet,
    cell,
    ...(note.kode !== "" ? { kode: note.kode } : {}),
    message: note.kode !== "" ? `[${note.kode}] ${text}` : text,
  };
}
