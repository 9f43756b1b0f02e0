import { nameKey } from "./text";

/**
 * The one list of Pokin's own sheets (SPEC §3.1, §3.3, §6, §7, §11–13): every adapter and front
 * end asks here whether a sheet is generated, reserved or read as level data, and spells its
 * name from here. A new generated sheet is one entry in {@link POKIN_SHEETS}.
 */
export type SheetKind =
  /** Rewritten whole on every build; never read as level data. */
  | "generated"
  /** A copy Pokin made before it changed a sheet; kept as it is, never read. */
  | "backup"
  /** Written by the user (or an import) and read by the check, but not a level. */
  | "input";

/** One of Pokin's own sheets. */
export interface PokinSheet {
  /** A stable key for code (`report`, `capaian`, …). */
  readonly key: string;
  /** The sheet name; for a family (`Capaian 2026`), the fixed part of it. */
  readonly name: string;
  readonly kind: SheetKind;
  /** True when the name is a prefix followed by more (`Capaian YYYY`, `Cadangan …`). */
  readonly family?: "year" | "any";
}

export const SETTINGS_SHEET = "Pengaturan";
export const REFERENCE_SHEET = "Referensi Nomenklatur";
export const REVIEW_SHEET = "Catatan Reviu";
export const DIAGRAM_SHEET = "Pohon Kinerja";
export const CASCADING_SHEET = "Cascading";
export const REPORT_SHEET = "Hasil Pemeriksaan";
export const CHANGES_SHEET = "Perubahan";
export const REKAP_SHEET = "Rekap Perangkat Daerah";
export const CAPAIAN_PREFIX = "Capaian";
export const BACKUP_PREFIX = "Cadangan";

/** Every sheet Pokin knows by name, in the order a build writes the generated ones. */
export const POKIN_SHEETS: readonly PokinSheet[] = [
  { key: "settings", name: SETTINGS_SHEET, kind: "input" },
  { key: "reference", name: REFERENCE_SHEET, kind: "input" },
  { key: "review", name: REVIEW_SHEET, kind: "input" },
  { key: "diagram", name: DIAGRAM_SHEET, kind: "generated" },
  { key: "cascading", name: CASCADING_SHEET, kind: "generated" },
  { key: "capaian", name: CAPAIAN_PREFIX, kind: "generated", family: "year" },
  { key: "report", name: REPORT_SHEET, kind: "generated" },
  { key: "changes", name: CHANGES_SHEET, kind: "generated" },
  { key: "rekap", name: REKAP_SHEET, kind: "generated" },
  { key: "backup", name: BACKUP_PREFIX, kind: "backup", family: "any" },
];

/**
 * The name of the capaian sheet of a year (SPEC §3.3).
 * @example capaianSheetName(2025) // "Capaian 2025"
 */
export function capaianSheetName(year: number): string {
  return `${CAPAIAN_PREFIX} ${year}`;
}

/**
 * Which of Pokin's sheets a name is (matched like SPEC §3 names), or undefined for a sheet of
 * the user's own (a level sheet, a pasted template, anything else).
 * @example pokinSheetOf("capaian  2026")?.key // "capaian"
 */
export function pokinSheetOf(name: string): PokinSheet | undefined {
  const key = nameKey(name);
  return POKIN_SHEETS.find((s) => {
    const fixed = nameKey(s.name);
    if (!s.family) return key === fixed;
    if (!key.startsWith(`${fixed} `)) return false;
    return s.family === "any" || /^\d{4}$/.test(key.slice(fixed.length + 1));
  });
}

/**
 * True for a sheet Pokin writes itself (SPEC §3.3) or a backup (§6): the check never reads them,
 * and a level may not be named like one (POKIN022).
 * @example isGeneratedSheet("Hasil Pemeriksaan") // true
 */
export function isGeneratedSheet(name: string): boolean {
  const kind = pokinSheetOf(name)?.kind;
  return kind === "generated" || kind === "backup";
}

/**
 * True for a name no level sheet may take: a generated sheet, a backup, or one of Pokin's input
 * sheets that is not level data (`Pengaturan`, `Referensi Nomenklatur`, `Catatan Reviu`).
 * @example isReservedSheet("Pengaturan") // true
 */
export function isReservedSheet(name: string): boolean {
  return pokinSheetOf(name) !== undefined;
}
