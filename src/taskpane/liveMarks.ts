import { findSheet } from "../core/model/buildModel";
import { readSettings } from "../core/model/settings";
import type { Finding } from "../core/rules/types";
import type { WorkbookData } from "../core/sheet";
import { REVIEW_SHEET, SETTINGS_SHEET } from "../core/sheets";

/** How a finding is marked for a moment after a live re-check. */
export type Mark = "new" | "gone";

/**
 * The sheets Periksa otomatis watches: the levels Pengaturan names, Pengaturan, and Catatan
 * Reviu once it exists (a note that creates it changes the list, so the watch starts over).
 * @example liveSheets(data) // ["Tujuan RPD", …, "Sub Kegiatan", "Pengaturan", "Catatan Reviu"]
 */
export function liveSheets(data: WorkbookData): string[] {
  const { settings } = readSettings(findSheet(data, SETTINGS_SHEET));
  const notes = findSheet(data, REVIEW_SHEET);
  return [...settings.levels, SETTINGS_SHEET, ...(notes ? [notes.name] : [])];
}

/**
 * The list shown right after a re-check: the findings now, with those that just disappeared
 * still in the place they had (after the finding that preceded them and is still there), so
 * they can be marked "gone" for a moment instead of vanishing.
 * @param before the findings before the re-check
 * @param after the findings now
 * @param gone the findings that disappeared
 * @param key a finding's identity
 * @example mergeGone([a, b, c], [a, c], [b], key) // [a, b, c]
 */
export function mergeGone(
  before: readonly Finding[],
  after: readonly Finding[],
  gone: readonly Finding[],
  key: (f: Finding) => string,
): Finding[] {
  if (gone.length === 0) return [...after];
  const goneKeys = new Set(gone.map(key));
  const kept = new Set(after.map(key));
  const behind = new Map<string | undefined, Finding[]>();
  let anchor: string | undefined;
  for (const f of before) {
    const k = key(f);
    if (goneKeys.has(k) && !kept.has(k)) behind.set(anchor, [...(behind.get(anchor) ?? []), f]);
    else if (kept.has(k)) anchor = k;
  }
  const out = [...(behind.get(undefined) ?? [])];
  for (const f of after) {
    out.push(f);
    const ghosts = behind.get(key(f));
    if (ghosts) {
      out.push(...ghosts);
      behind.delete(key(f));
    }
  }
  return out;
}
