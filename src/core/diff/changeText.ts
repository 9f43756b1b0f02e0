import type { Lang } from "../messages";
import type { Change, ChangeKind, ChangeValue } from "./types";

/** The name of each kind of change, as a reviewer reads it. */
export const KIND_LABEL: Record<ChangeKind, Record<Lang, string>> = {
  added: { id: "Ditambahkan", en: "Added" },
  removed: { id: "Dihapus", en: "Removed" },
  recoded: { id: "Kode diubah", en: "Re-coded" },
  moved: { id: "Dipindah", en: "Moved" },
  changed: { id: "Diubah", en: "Changed" },
};

/**
 * The sentence a reviewer needs for one change: `Target 2026: 80 → 75`, `Kode diubah: 1.2 →
 * 1.3`, `Dipindah: Kode Induk 1.1 → 1.2`, `Ditambahkan: <Uraian> — <Indikator>`.
 * Numbers are written in the language's notation (`75,5` in Indonesian).
 * @param change the change
 * @param lang the language
 * @param what for added and removed rows: the row's Uraian and Indikator
 * @returns one line of text
 * @example changeText({ kind: "changed", level: "Program", kode: "1.1", field: "Target 2026", old: 80, new: 75 }, "id") // "Target 2026: 80 → 75"
 */
export function changeText(change: Change, lang: Lang, what?: string): string {
  const label = KIND_LABEL[change.kind][lang];
  switch (change.kind) {
    case "added":
    case "removed":
      return what ? `${label}: ${what}` : label;
    case "recoded":
      return `${label}: ${showValue(change.old, lang)} → ${showValue(change.new, lang)}`;
    case "moved":
      return `${label}: Kode Induk ${showValue(change.old, lang)} → ${showValue(change.new, lang)}`;
    default:
      return `${change.field ?? "?"}: ${showValue(change.old, lang)} → ${showValue(change.new, lang)}`;
  }
}

/**
 * A value as the sentence shows it: `(kosong)` for no value, numbers in the language's
 * notation without thousands separators, text on one line.
 * @example showValue(75.5, "id") // "75,5"
 */
export function showValue(value: ChangeValue | undefined, lang: Lang): string {
  if (value === null || value === undefined || value === "") return lang === "en" ? "(empty)" : "(kosong)";
  if (typeof value === "number") return lang === "id" ? String(value).replace(".", ",") : String(value);
  return value.replace(/\s*[\r\n]+\s*/g, " ");
}
