import { isNumeric } from "../capaian/realisasi";
import { levelFill } from "../layout/colors";
import type { Model } from "../model/buildModel";
import type { Lang } from "../messages";
import { cellText } from "../text";
import { cascadingRows } from "./cascadingRows";
import { generatedNote } from "./generatedNote";
import { cascadingPages } from "./cascadingPages";
import { pagedPrint, tableScale } from "./pageSetup";
import { columnsPoints, MIN_PRINTED_FONT } from "./printPaper";
import { DEFAULT_ROW_HEIGHT, estimateRowHeights, type TextCell } from "./rowHeights";
import type { FormatPlan, PlanValue, RangeRef, SheetPlan } from "./types";

/** The cascading matrix's sheet name (SPEC §3.3). */
export { CASCADING_SHEET } from "../sheets";
import { CASCADING_SHEET } from "../sheets";
/** 0-based rows: level names over their column groups, then the column headers. */
export const CASCADING_GROUP_ROW = 3;
export const CASCADING_HEADER_ROW = 4;
const FIRST = CASCADING_HEADER_ROW + 1;
const GROUP = 5;
/**
 * Kode, Uraian, Indikator, Satuan, Target. Narrow enough that five levels print one A3 page
 * wide with the 10-pt text at 6.5 pt or more (tablePaper); long texts wrap onto more lines.
 */
const WIDTHS = [8, 17, 20, 8, 7];
const FONT = 10;
/** The 14-pt title's row. */
const TITLE_HEIGHT = 21;

/**
 * Plans the `Cascading` sheet (SPEC §5): one column group per level (Kode, Uraian, Indikator,
 * Satuan, Target of the year), one row per leaf indicator, each ancestor's cells merged over
 * exactly its descendants' rows. An indicator whose parent link is broken starts its own rows
 * at its level, so every indicator appears once. Headers name the level the way Bappeda
 * matrices do ("Program", "Indikator Program"), so importing the sheet gives the tree back.
 * @param model the pohon kinerja
 * @param year the year of the Target column (undefined: no target values)
 * @param lang language of the title and the generated line
 * @param generatedAt shown on the generated line
 * @returns a `replace` sheet plan; workbook text is written as plain text
 * @example cascadingPlan(model, 2025, "id", new Date()).name // "Cascading"
 */
export function cascadingPlan(
  model: Model,
  year: number | undefined,
  lang: Lang,
  generatedAt: Date,
): SheetPlan {
  const levels = model.levels;
  const cols = Math.max(1, levels.length) * GROUP;
  const placed = cascadingRows(model, FIRST);
  const rowCount = Math.max(1, placed.rows);
  const widths = Array.from({ length: cols }, (_, col) => WIDTHS[col % GROUP]!);
  const cells = placed.items.map(({ ind }) => {
    const target = year === undefined ? undefined : ind.targets.get(year);
    const targetValue: PlanValue = isNumeric(target)
      ? target.value
      : target
        ? cellText(target.raw) || null
        : null;
    return [ind.kode, ind.uraian, ind.indikator, ind.satuan, targetValue].map((v) => (v === "" ? null : v));
  });
  const texts: TextCell[] = placed.items.flatMap(({ ind, start, span }, i) =>
    cells[i]!.map((v, k) => ({
      row: start,
      col: ind.level * GROUP + k,
      rows: span,
      text: cellText(v),
      fontSize: FONT,
    })),
  );
  const headerRows = [groupRowOf(levels), headerRowOf(levels, year)];
  const headerHeights = estimateRowHeights(
    headerRows.flatMap((values, i) =>
      values.map((v, col) => ({ row: CASCADING_GROUP_ROW + i, col, text: cellText(v), bold: true })),
    ),
    widths,
  );
  const heightOf = (row: number) => headerHeights.find((h) => h.row === row)?.height ?? DEFAULT_ROW_HEIGHT;
  const repeated = heightOf(CASCADING_GROUP_ROW) + heightOf(CASCADING_HEADER_ROW);
  const paper = tableScale(columnsPoints(widths), MIN_PRINTED_FONT / FONT);
  // Rows above the repeated header: the generated line, the 21-pt title and an empty row.
  const pages = cascadingPages(texts, widths, FIRST, rowCount, {
    first: paper.down - repeated - (2 * DEFAULT_ROW_HEIGHT + TITLE_HEIGHT),
    next: paper.down - repeated,
  });
  // A cell merged over rows of two pages is split at the page start and written again there,
  // so every page names the ancestors of its rows (a merged cell prints its text once).
  const body: PlanValue[][] = Array.from({ length: rowCount }, () => Array<PlanValue>(cols).fill(null));
  const merges: RangeRef[] = [];
  placed.items.forEach(({ ind, start, span }, i) => {
    const c = ind.level * GROUP;
    for (const [from, rows] of pieces(start, span, pages.starts)) {
      cells[i]!.forEach((v, k) => (body[from - FIRST]![c + k] = v));
      if (rows > 1) for (let k = 0; k < GROUP; k++) merges.push({ row: from, col: c + k, rows });
    }
  });
  if (placed.items.length === 0) body[0]![0] = lang === "en" ? "No indicators yet." : "Belum ada indikator.";

  const [groupRow, headerRow] = headerRows as [PlanValue[], PlanValue[]];
  const title = `${lang === "en" ? "PERFORMANCE CASCADE" : "CASCADING KINERJA"}${agency(model)}${year === undefined ? "" : ` — ${lang === "en" ? "YEAR" : "TAHUN"} ${year}`}`;

  const formats: FormatPlan[] = [
    { range: { row: 0, col: 0 }, italic: true, fontColor: "#555555", fontSize: 9 },
    { range: { row: 1, col: 0 }, bold: true, fontSize: 14 },
    {
      range: { row: CASCADING_GROUP_ROW, col: 0, rows: 2, cols },
      bold: true,
      wrap: true,
      hAlign: "center",
      vAlign: "middle",
    },
    { range: { row: FIRST, col: 0, rows: rowCount, cols }, wrap: true, vAlign: "top", fontSize: FONT },
    {
      range: { row: CASCADING_GROUP_ROW, col: 0, rows: rowCount + 2, cols },
      border: { style: "thin", color: "#404040" },
    },
  ];
  levels.forEach((_, l) => {
    const fill = levelFill(l);
    formats.push({ range: { row: CASCADING_GROUP_ROW, col: l * GROUP, rows: 2, cols: GROUP }, fill });
    formats.push({ range: { row: FIRST, col: l * GROUP + 4, rows: rowCount }, hAlign: "right" });
    merges.push({ row: CASCADING_GROUP_ROW, col: l * GROUP, cols: GROUP });
  });
  return {
    name: CASCADING_SHEET,
    mode: "replace",
    tabColor: "#7F6000",
    blocks: [
      { row: 0, col: 0, values: [[generatedNote(lang, generatedAt)], [title]] },
      { row: CASCADING_GROUP_ROW, col: 0, values: [groupRow, headerRow, ...body] },
    ],
    formats,
    merges,
    columnWidths: widths.map((width, col) => ({ col, width })),
    rowHeights: [{ row: 1, height: TITLE_HEIGHT }, ...headerHeights, ...pages.heights],
    freeze: { rows: FIRST },
    print: {
      ...pagedPrint(paper, pages.starts),
      repeatRows: [CASCADING_GROUP_ROW, CASCADING_HEADER_ROW],
      header: [
        model.settings.perangkatDaerah,
        model.settings.pemerintahDaerah,
        `${CASCADING_SHEET}${year ? ` ${year}` : ""}`,
      ]
        .filter((s) => s !== "")
        .join(" — "),
    },
  };
}

/** The rows [start, start + span) cut at page starts: each piece's first row and length. */
function pieces(start: number, span: number, starts: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  // Page starts are ascending: the first one after `start` by binary search.
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < starts.length && starts[i]! < start + span; i++) {
    out.push([from, starts[i]! - from]);
    from = starts[i]!;
  }
  out.push([from, start + span - from]);
  return out;
}

/** The level names over their column groups. */
function groupRowOf(levels: Model["levels"]): PlanValue[] {
  const row = Array<PlanValue>(Math.max(1, levels.length) * GROUP).fill(null);
  levels.forEach((level, l) => (row[l * GROUP] = level.name));
  return row;
}

/** The column headers, named the way Bappeda matrices name them. */
function headerRowOf(levels: Model["levels"], year: number | undefined): PlanValue[] {
  return levels.flatMap((level) => [
    "Kode",
    level.name,
    `Indikator ${level.name}`,
    "Satuan",
    year === undefined ? "Target" : `Target ${year}`,
  ]);
}

function agency(model: Model): string {
  const who = [model.settings.perangkatDaerah, model.settings.pemerintahDaerah]
    .filter((s) => s !== "")
    .join(" ");
  return who ? ` ${who}` : "";
}
