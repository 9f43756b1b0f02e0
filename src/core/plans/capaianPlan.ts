import { capaianTree } from "../capaian/capaianTree";
import { PREDIKAT_BANDS } from "../capaian/predikat";
import type { Model } from "../model/buildModel";
import type { Lang } from "../messages";
import { CAPAIAN_COL, capaianBody } from "./capaianRows";
import { capaianSummary, SUMMARY_LAST_COL } from "./capaianSummary";
import {
  generatedLine,
  HEADER_LOOK,
  HEADERS,
  NO_INDICATORS,
  PREDIKAT_COLORS,
  RUMUS_TEXT,
} from "./capaianStyle";
import { capaianPrint } from "./capaianPrint";
import { estimateRowHeights, type TextCell } from "./rowHeights";
import type { PlanValue, SheetPlan } from "./types";

/** 0-based row of the table header; above it: the generated line, the title and the agency. */
export const CAPAIAN_HEADER_ROW = 5;
/** Column widths in characters: No … Rata-rata, then TW1…TW4 (the summary reaches K). */
const WIDTHS = [5, 14, 40, 44, 11, 11, 11, 12, 15, 16, 9, 9, 9, 9];
/** The header row is at least two lines tall ("Capaian (%)" over "Predikat" widths). */
const HEADER_HEIGHT = 32;

export { capaianSheetName } from "../sheets";
import { capaianSheetName } from "../sheets";

/**
 * Plans the `Capaian YYYY` sheet (SPEC §4): a generated line, title rows, a header, then every
 * indicator level by level. Target, Realisasi, Capaian, Predikat, the children's mean and the
 * quarters are formulas into the level sheets, so a realisasi typed later updates the table;
 * each carries the core's own value as its result. Workbook text is written as plain text.
 * Below the table, after a blank row, the predikat summary per level (capaianSummary). On paper
 * each level's label stays with its rows (capaianPrint).
 * @param model the workbook model
 * @param year the year reported
 * @param lang language of the headers, labels and predikat
 * @param generatedAt the date shown on the generated line (not read from the clock)
 * @returns a `replace` sheet plan
 * @example capaianPlan(model, 2025, "id", new Date(2025, 0, 31)).name // "Capaian 2025"
 */
export function capaianPlan(model: Model, year: number, lang: Lang, generatedAt: Date): SheetPlan {
  const quarters = model.levels.some((l) => l.columns?.quarters.has(year) ?? false);
  const header = [...HEADERS[lang], ...(quarters ? ["TW1", "TW2", "TW3", "TW4"] : [])];
  const cols = header.length;
  const first = CAPAIAN_HEADER_ROW + 1;
  const body = capaianBody(model, year, lang, capaianTree(model, year), first, quarters);
  const rows: PlanValue[][] = body.rows.length > 0 ? body.rows : [[NO_INDICATORS[lang]]];
  const n = rows.length;
  // Below the table after a blank row, so that it prints after it; none for an empty table.
  const top = first + n + 1;
  const summary = body.rows.length > 0 ? capaianSummary(model, year, lang, body.labelRows, top) : undefined;
  const { pemerintahDaerah: pemda, perangkatDaerah: opd, rumusNegatif } = model.settings;
  const C = CAPAIAN_COL;
  const widths = WIDTHS.slice(0, summary ? Math.max(cols, SUMMARY_LAST_COL + 1) : cols);
  const rowHeights = [
    { row: 1, height: 21 }, // the 14-pt title
    { row: CAPAIAN_HEADER_ROW, height: headerHeight(header) },
    ...estimateRowHeights(wrappedCells(rows, first), WIDTHS),
    ...(summary?.rowHeights ?? []),
  ];
  const numeric = (col: number, count: number, numberFormat: string) => ({
    range: { row: first, col, rows: n, cols: count },
    numberFormat,
    hAlign: "right" as const,
  });
  return {
    name: capaianSheetName(year),
    mode: "replace",
    tabColor: "#1B5E20",
    blocks: [
      {
        row: 0,
        col: 0,
        values: [
          [generatedLine(lang, generatedAt)],
          [lang === "en" ? `PERFORMANCE ACHIEVEMENT ${year}` : `CAPAIAN KINERJA TAHUN ${year}`],
          [`Pemerintah Daerah: ${pemda}`],
          [`Perangkat Daerah: ${opd}`],
          [`Rumus Negatif: ${rumusNegatif} — ${RUMUS_TEXT[rumusNegatif][lang]}`],
        ],
      },
      { row: CAPAIAN_HEADER_ROW, col: 0, values: [header] },
      { row: first, col: 0, values: rows },
      ...(summary?.blocks ?? []),
    ],
    formats: [
      { range: { row: 0, col: 0 }, italic: true, fontColor: "#555555" },
      { range: { row: 1, col: 0 }, bold: true, fontSize: 14 },
      { range: { row: 2, col: 0, rows: 3 }, bold: true },
      { range: { row: CAPAIAN_HEADER_ROW, col: 0, cols }, ...HEADER_LOOK },
      {
        range: { row: first, col: 0, rows: n, cols },
        border: { style: "thin", color: "#808080" },
        vAlign: "top",
      },
      { range: { row: first, col: C.uraian, rows: n, cols: 3 }, wrap: true },
      numeric(C.target, 2, "General"),
      numeric(C.capaian, 1, "0.00"),
      numeric(C.mean, 1, "0.00"),
      ...(quarters ? [numeric(C.tw1, 4, "General")] : []),
      { range: { row: first, col: C.predikat, rows: n }, hAlign: "center" },
      // Centred, so that the number does not read as the start of the Kode beside it.
      { range: { row: first, col: C.no, rows: n }, hAlign: "center" },
      ...body.labelRows.map((row) => ({ range: { row, col: 0, cols }, bold: true, fill: "#E8F5E9" })),
      ...(summary?.formats ?? []),
    ],
    merges: [...body.labelRows.map((row) => ({ row, col: 0, cols })), ...(summary?.merges ?? [])],
    columnWidths: widths.map((width, col) => ({ col, width })),
    rowHeights,
    freeze: { rows: first },
    conditionalFormats: [
      {
        range: { row: first, col: C.predikat, rows: n },
        rules: PREDIKAT_BANDS.map((b) => ({ equals: b.label[lang], ...PREDIKAT_COLORS[b.predikat] })),
      },
    ],
    print: capaianPrint(
      widths,
      {
        header: CAPAIAN_HEADER_ROW,
        labelRows: body.labelRows,
        tableEnd: first + n,
        summary: summary && { top, end: summary.end },
        heights: rowHeights,
      },
      [opd, pemda, `${lang === "en" ? "Achievement" : "Capaian"} ${year}`]
        .filter((s) => s !== "")
        .join(" — "),
    ),
  };
}

/** The header's height: two lines at least, more when a bold header wraps further (English). */
function headerHeight(header: readonly string[]): number {
  const cells = header.map((text, col) => ({ row: 0, col, text, bold: true }));
  return Math.max(HEADER_HEIGHT, ...estimateRowHeights(cells, WIDTHS).map((h) => h.height));
}

/** The wrapped text of the body: Uraian, Indikator and Satuan of every indicator row. */
function wrappedCells(rows: readonly (readonly PlanValue[])[], first: number): TextCell[] {
  const C = CAPAIAN_COL;
  return rows.flatMap((values, i) =>
    [C.uraian, C.indikator, C.satuan].flatMap((col) => {
      const text = values[col];
      return typeof text === "string" ? [{ row: first + i, col, text }] : [];
    }),
  );
}
