import { PREDIKAT_BANDS } from "../../capaian/predikat";
import type { Lang } from "../../messages";
import { generatedNote } from "../../plans/generatedNote";
import type { PlanValue, SheetPlan } from "../../plans/types";
import { REKAP_SHEET } from "../../sheets";
import type { RekapRow } from "./rekapRows";

const RED = "#F8696B";
const YELLOW = "#FFEB84";
const GREEN = "#63BE7B";
const HEADER_ROW = 3;

/**
 * The generated `Rekap Perangkat Daerah` sheet (SPEC §11): one row per OPD with its indicators
 * per level, errors, warnings, % of the period's targets filled and the share per predikat of
 * the report year. Colour scales make the weakest OPDs stand out (many errors red, few targets
 * filled red, a small share of good predikat red) and stay right when numbers are edited.
 * @param rows the OPDs' numbers
 * @param levelNames the level names, top to bottom
 * @param context the Pemda's name and report year, the language and "now" for the note
 * @returns a `replace` sheet plan
 * @example rekapPlan(rows, ["Tujuan RPD", …], { pemda: "Kabupaten X", year: 2025, lang: "id", now })
 */
export function rekapPlan(
  rows: readonly RekapRow[],
  levelNames: readonly string[],
  context: { readonly pemda: string; readonly year?: number; readonly lang: Lang; readonly now: Date },
): SheetPlan {
  const en = context.lang === "en";
  const header: string[] = [
    "No",
    "Perangkat Daerah",
    en ? "File" : "Berkas",
    en ? "Kode prefix" : "Awalan Kode",
    ...levelNames.map((l) => `${en ? "Indicators" : "Indikator"} ${l}`),
    en ? "Errors" : "Galat",
    en ? "Warnings" : "Peringatan",
    en ? "% targets filled" : "% Target terisi",
    ...PREDIKAT_BANDS.map((b) => `% ${b.label[context.lang]}`),
    en ? "% no capaian" : "% Tanpa capaian",
  ];
  const body: PlanValue[][] = rows.map((r, i) => [
    i + 1,
    r.opd || "–",
    r.file,
    r.prefix,
    ...levelNames.map((_, l) => r.perLevel[l] ?? 0),
    r.errors,
    r.warnings,
    r.targetsFilled ?? null,
    ...PREDIKAT_BANDS.map((b) => r.predikat[b.predikat]),
    r.noCapaian,
  ]);
  const first = 4 + levelNames.length;
  const col = { errors: first, warnings: first + 1, filled: first + 2, predikat: first + 3 };
  const n = Math.max(1, rows.length);
  const data = (c: number, cols = 1) => ({ row: HEADER_ROW + 1, col: c, rows: n, cols });
  const title = `${en ? "Pemda summary per Perangkat Daerah" : "Rekap per Perangkat Daerah"} — ${context.pemda}${
    context.year !== undefined ? ` — ${en ? "report year" : "Tahun Laporan"} ${context.year}` : ""
  }`;
  return {
    name: REKAP_SHEET,
    mode: "replace",
    tabColor: "#7030A0",
    blocks: [
      { row: 0, col: 0, values: [[generatedNote(context.lang, context.now)], [title]] },
      { row: HEADER_ROW, col: 0, values: [header, ...body] },
    ],
    formats: [
      { range: { row: 0, col: 0 }, italic: true, fontColor: "#595959" },
      { range: { row: 1, col: 0 }, bold: true, fontSize: 14 },
      { range: { row: HEADER_ROW, col: 0, cols: header.length }, bold: true, wrap: true, fill: "#D9E1F2" },
      { range: data(col.filled, 1 + PREDIKAT_BANDS.length + 1), numberFormat: "0.0%" },
    ],
    columnWidths: header.map((h, c) => ({
      col: c,
      width: c === 1 ? 40 : c === 2 ? 24 : Math.max(10, Math.min(18, h.length)),
    })),
    freeze: { rows: HEADER_ROW + 1, cols: 2 },
    // Office.js draws it as a real Excel chart; the file writer leaves the scales to speak.
    charts: [
      {
        title: en ? "Errors and warnings per Perangkat Daerah" : "Galat dan peringatan per Perangkat Daerah",
        series: { row: HEADER_ROW, col: col.errors, rows: n + 1, cols: 2 },
        categories: data(1),
        anchor: { row: HEADER_ROW + n + 2, col: 1, rows: Math.max(16, Math.ceil(n * 1.2) + 4), cols: 8 },
      },
    ],
    scales: [
      { range: data(col.errors), low: GREEN, mid: YELLOW, high: RED },
      { range: data(col.warnings), low: GREEN, mid: YELLOW, high: RED },
      { range: data(col.filled), low: RED, mid: YELLOW, high: GREEN },
      // The two best bands: a small share is the weak end.
      { range: data(col.predikat), bar: GREEN },
      { range: data(col.predikat + 1), bar: GREEN },
      { range: data(col.predikat + PREDIKAT_BANDS.length - 1), bar: RED },
    ],
  };
}
