import type { Msg } from "../messages";
import type { Lang } from "../messages";
import { SETTINGS_SHEET } from "../model/settings";
import { nameKey } from "../text";
import { estimateRowHeights } from "./rowHeights";
import type { PlanValue, SheetPlan, ValidationPlan } from "./types";

/** What each key of `Pengaturan` means (SPEC §3.1), shown next to it. */
const NOTES: Readonly<Record<string, Msg>> = {
  [nameKey("Pemerintah Daerah")]: {
    id: "Nama pemerintah daerah, mis. Kabupaten Banjarnegara.",
    en: "The local government, e.g. Kabupaten Banjarnegara.",
  },
  [nameKey("Perangkat Daerah")]: {
    id: "Nama perangkat daerah (OPD) pemilik pohon kinerja ini.",
    en: "The agency (OPD) that owns this performance tree.",
  },
  [nameKey("Tahun Awal")]: {
    id: "Tahun pertama periode rencana (tahun bulat). Tiap tahun periode perlu kolom 'Target YYYY' di lembar level.",
    en: "First year of the plan period (a whole year). Each year of the period needs a 'Target YYYY' column on the level sheets.",
  },
  [nameKey("Tahun Akhir")]: {
    id: "Tahun terakhir periode rencana; periode paling lama 10 tahun.",
    en: "Last year of the plan period; the period is 10 years at most.",
  },
  [nameKey("Tahun Laporan")]: {
    id: "Tahun yang dilaporkan tabel capaian; kosong = tahun berjalan bila di dalam periode, selain itu Tahun Akhir.",
    en: "The year the capaian tables report; empty = the current year if inside the period, else Tahun Akhir.",
  },
  [nameKey("Rumus Negatif")]: {
    id: "Rumus capaian indikator Negatif: Standar = (2 − R/T) × 100 (PermenPANRB), Rasio = T/R × 100.",
    en: "Capaian formula for Negatif indicators: Standar = (2 − R/T) × 100 (PermenPANRB), Rasio = T/R × 100.",
  },
};

const LEVEL_NOTE: Msg = {
  id: "Nama lembar level ini, urut dari atas (Level 1) ke bawah.",
  en: "The sheet of this level, from the top (Level 1) down.",
};

/**
 * The `Pengaturan` sheet of a new workbook: a `Kunci | Nilai` table (SPEC §3.1) with a help
 * note beside each key. `Level N` rows are written only for `levels` given (the template plan
 * passes the level names only when they differ from the defaults).
 * @param settings the content's key/value pairs; any `Level N` among them is replaced by `levels`
 * @param levels the level sheet names to list, top to bottom, or none
 * @param lang the language of the notes
 * @returns a `create` sheet plan (an existing Pengaturan is never overwritten)
 * @example settingsSheetPlan([["Tahun Awal", 2025]], [], "en").blocks[0].values[1] // ["Tahun Awal", 2025, "First year…"]
 */
export function settingsSheetPlan(
  settings: readonly (readonly [string, string | number])[],
  levels: readonly string[],
  lang: Lang,
): SheetPlan {
  const pairs: [string, string | number][] = [
    ...settings
      .filter(([k]) => !/^level \d+$/.test(nameKey(k)))
      .map(([k, v]): [string, string | number] => [k, v]),
    ...levels.map((name, i): [string, string | number] => [`Level ${i + 1}`, name]),
  ];
  const rows: PlanValue[][] = pairs.map(([key, value]) => {
    const note = /^level \d+$/.test(nameKey(key)) ? LEVEL_NOTE : NOTES[nameKey(key)];
    return [key, value === "" ? null : value, note ? note[lang] : null];
  });
  const rumus = pairs.findIndex(([k]) => nameKey(k) === nameKey("Rumus Negatif"));
  const validations: ValidationPlan[] =
    rumus >= 0 ? [{ range: { row: rumus + 1, col: 1 }, list: ["Standar", "Rasio"], allowOther: true }] : [];
  return {
    name: SETTINGS_SHEET,
    mode: "create",
    blocks: [
      { row: 0, col: 0, values: [["Kunci", "Nilai", lang === "en" ? "Notes" : "Keterangan"], ...rows] },
    ],
    formats: [
      { range: { row: 0, col: 0, cols: 3 }, bold: true },
      { range: { row: 1, col: 0, rows: Math.max(1, rows.length), cols: 3 }, vAlign: "top" },
      {
        range: { row: 1, col: 2, rows: Math.max(1, rows.length) },
        wrap: true,
        italic: true,
        fontColor: "#595959",
      },
    ],
    columnWidths: [
      { col: 0, width: 22 },
      { col: 1, width: 48 },
      { col: 2, width: 70 },
    ],
    // The notes wrap in their column: each row as tall as its note.
    rowHeights: estimateRowHeights(
      rows.map((r, i) => ({ row: i + 1, col: 2, text: String(r[2] ?? "") })),
      [22, 48, 70],
    ),
    freeze: { rows: 1 },
    print: { landscape: true, fitToWidth: true, paperSize: "A4", repeatRows: [0, 0] },
    table: {
      name: `tbl_${SETTINGS_SHEET}`,
      range: { row: 0, col: 0, rows: Math.max(1, rows.length) + 1, cols: 3 },
    },
    validations,
  };
}
