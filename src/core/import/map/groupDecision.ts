import { columnLetters } from "../../a1";
import { nameKey } from "../../text";
import type { RawGroup } from "../detect/readColumns";
import { importNote, type ImportCode } from "../importNote";
import type { GroupDecision } from "../types";
import type { Msg } from "../../messages";

/** How a group's level was decided. */
export type GroupHow = "by-name" | "by-owner" | "by-order" | "lowest" | "new-level";

const WHY: Record<GroupHow, Msg> = {
  "by-name": { id: "namanya", en: "its name" },
  "by-owner": { id: "pemiliknya disebut pada judul", en: "its header names its owner" },
  "by-order": {
    id: "kelompok di atas Program mengisi level di atas, yang terdekat lebih dulu",
    en: "groups above Program fill the levels above, nearest first",
  },
  lowest: { id: "tingkat terendah", en: "lowest group" },
  "new-level": {
    id: "level ini belum ada di buku kerja: diusulkan ditambahkan (baris Level di Pengaturan dan lembarnya)",
    en: "the workbook has no such level: adding it is proposed (a Level row in Pengaturan and its sheet)",
  },
};

/**
 * A group's level decision with its coded reason (`kolom F: 'Sasaran' → level Tujuan OPD (…)`).
 * @param how how the level was found (undefined for a list or an unplaced group)
 * @example groupDecision(group, 1, DEFAULT_LEVELS, "by-order").reason.code // "group.by-order"
 */
export function groupDecision(
  g: RawGroup,
  level: number | "list" | undefined,
  levels: readonly string[],
  how: GroupHow = "by-order",
): GroupDecision {
  const col = columnLetters(g.col);
  const base = { label: g.label, kind: g.kind, col: g.col, level };
  const args = { column: col, label: g.label };
  if (level === "list") {
    return {
      ...base,
      confidence: 0.85,
      reason: importNote(
        "group.list",
        `kolom ${col}: '${g.label}' memuat beberapa level; level tiap baris dari kode, kelompok atau nama`,
        `column ${col}: '${g.label}' holds several levels; each row's level comes from its code, group or name`,
        { args },
      ),
    };
  }
  if (level === undefined) {
    return {
      ...base,
      confidence: 0.6,
      reason: importNote(
        "group.unplaced",
        g.kind === "visi" || g.kind === "misi"
          ? `kolom ${col}: '${g.label}' tidak diimpor: Visi/Misi bukan level pohon kinerja`
          : `kolom ${col}: '${g.label}' tidak diimpor: tidak ada level tersisa di atasnya`,
        g.kind === "visi" || g.kind === "misi"
          ? `column ${col}: '${g.label}' is not imported: Visi/Misi is not a level of the tree`
          : `column ${col}: '${g.label}' is not imported: no level is left above it`,
        { args },
      ),
    };
  }
  const name = levels[level] ?? String(level);
  const why = WHY[how];
  const code: ImportCode = `group.${how}`;
  return {
    ...base,
    confidence: how === "by-name" || how === "by-owner" ? 0.95 : how === "new-level" ? 0.6 : 0.75,
    reason: importNote(
      code,
      `kolom ${col}: '${g.label}' → level ${name} (${why.id})`,
      `column ${col}: '${g.label}' → level ${name} (${why.en})`,
      { args: { ...args, level: name } },
    ),
  };
}

/**
 * Whether a group's header names its level (or it is a Program/Kegiatan/Sub Kegiatan group).
 * @example namesLevel({ label: "Program", kind: "program", col: 0 }, "Program") // true
 */
export function namesLevel(g: RawGroup, level: string): boolean {
  return (
    nameKey(level) === nameKey(g.band ?? g.label) ||
    g.kind === "program" ||
    g.kind === "kegiatan" ||
    g.kind === "subkegiatan"
  );
}
