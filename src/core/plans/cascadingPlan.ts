import { isNumeric } from "../capaian/realisasi";
import type { Model } from "../model/buildModel";
import type { Lang } from "../messages";
import { cellText } from "../text";
import { cascadingFormats } from "./cascadingFormats";
import { CASCADING_GROUP, cascadingHeader, cascadingTitles } from "./cascadingHeader";
import { cascadingRows } from "./cascadingRows";
import { cascadingPages } from "./cascadingPages";
import { generatedNote } from "./generatedNote";
import { mergePieces } from "./mergePieces";
import { pagedPrint, tableScale } from "./pageSetup";
import { columnsPoints, MIN_PRINTED_FONT } from "./printPaper";
import { DEFAULT_ROW_HEIGHT, estimateRowHeights, type TextCell } from "./rowHeights";
import type { PlanValue, RangeRef, SheetPlan } from "./types";

/** The cascading matrix's sheet name (SPEC §3.3). */
export { CASCADING_SHEET } from "../sheets";
import { CASCADING_SHEET } from "../sheets";
/** 0-based rows: level names over their column groups, then the column headers. */
export const CASCADING_GROUP_ROW = 3;
export const CASCADING_HEADER_ROW = 4;
const FIRST = CASCADING_HEADER_ROW + 1;
const GROUP = CASCADING_GROUP;
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
  const header = cascadingHeader(levels, year);
  const headerRows = [header.group, header.header];
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
    for (const [from, rows] of mergePieces(start, span, pages.starts)) {
      cells[i]!.forEach((v, k) => (body[from - FIRST]![c + k] = v));
      if (rows > 1) for (let k = 0; k < GROUP; k++) merges.push({ row: from, col: c + k, rows });
    }
  });
  if (placed.items.length === 0) body[0]![0] = lang === "en" ? "No indicators yet." : "Belum ada indikator.";

  const { title, pageHeader } = cascadingTitles(model, year, lang);
  const looks = cascadingFormats(levels.length, CASCADING_GROUP_ROW, rowCount, FONT);
  return {
    name: CASCADING_SHEET,
    mode: "replace",
    tabColor: "#7F6000",
    blocks: [
      { row: 0, col: 0, values: [[generatedNote(lang, generatedAt)], [title]] },
      { row: CASCADING_GROUP_ROW, col: 0, values: [header.group, header.header, ...body] },
    ],
    formats: looks.formats,
    merges: [...merges, ...looks.merges],
    columnWidths: widths.map((width, col) => ({ col, width })),
    rowHeights: [{ row: 1, height: TITLE_HEIGHT }, ...headerHeights, ...pages.heights],
    freeze: { rows: FIRST },
    print: {
      ...pagedPrint(paper, pages.starts),
      repeatRows: [CASCADING_GROUP_ROW, CASCADING_HEADER_ROW],
      header: pageHeader,
    },
  };
}
