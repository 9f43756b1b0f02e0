import { isNumeric } from "../capaian/realisasi";
import { levelFill } from "../layout/colors";
import type { Model } from "../model/buildModel";
import type { Indicator } from "../model/indicator";
import type { Lang } from "../rules/types";
import { cellText } from "../text";
import { generatedNote } from "./generatedNote";
import type { FormatPlan, PlanValue, RangeRef, SheetPlan } from "./types";

/** The cascading matrix's sheet name (SPEC §3.3). */
export const CASCADING_SHEET = "Cascading";
/** 0-based rows: level names over their column groups, then the column headers. */
export const CASCADING_GROUP_ROW = 3;
export const CASCADING_HEADER_ROW = 4;
const FIRST = CASCADING_HEADER_ROW + 1;
const GROUP = 5;
const WIDTHS = [9, 28, 30, 9, 10];

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
  const placed = placeRows(model);
  const rowCount = Math.max(1, placed.rows);
  const body: PlanValue[][] = Array.from({ length: rowCount }, () => Array<PlanValue>(cols).fill(null));
  const merges: RangeRef[] = [];
  for (const { ind, start, span } of placed.items) {
    const c = ind.level * GROUP;
    const target = year === undefined ? undefined : ind.targets.get(year);
    const targetValue: PlanValue = isNumeric(target)
      ? target.value
      : target
        ? cellText(target.raw) || null
        : null;
    const cells: PlanValue[] = [ind.kode, ind.uraian, ind.indikator, ind.satuan, targetValue];
    cells.forEach((v, k) => (body[start - FIRST]![c + k] = v === "" ? null : v));
    if (span > 1) for (let k = 0; k < GROUP; k++) merges.push({ row: start, col: c + k, rows: span });
  }
  if (placed.items.length === 0) body[0]![0] = lang === "en" ? "No indicators yet." : "Belum ada indikator.";

  const groupRow: PlanValue[] = Array<PlanValue>(cols).fill(null);
  const headerRow: PlanValue[] = [];
  levels.forEach((level, l) => {
    groupRow[l * GROUP] = level.name;
    headerRow.push(
      "Kode",
      level.name,
      `Indikator ${level.name}`,
      "Satuan",
      year === undefined ? "Target" : `Target ${year}`,
    );
  });
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
    { range: { row: FIRST, col: 0, rows: rowCount, cols }, wrap: true, vAlign: "top", fontSize: 10 },
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
    columnWidths: Array.from({ length: cols }, (_, col) => ({ col, width: WIDTHS[col % GROUP]! })),
    freeze: { rows: FIRST },
    print: { landscape: true, fitToWidth: true, repeatRows: [CASCADING_GROUP_ROW, CASCADING_HEADER_ROW] },
  };
}

function agency(model: Model): string {
  const who = [model.settings.perangkatDaerah, model.settings.pemerintahDaerah]
    .filter((s) => s !== "")
    .join(" ");
  return who ? ` ${who}` : "";
}

/** Sheet rows of every indicator: leaves one row each, ancestors spanning their leaves. */
function placeRows(model: Model): { items: { ind: Indicator; start: number; span: number }[]; rows: number } {
  const roots = model.indicators.filter((i) => i.level === 0 || !i.parent);
  // Leaves under each indicator, post-order with an explicit stack (no recursion on sheet data).
  const leaves = new Map<Indicator, number>();
  const stack: { ind: Indicator; done: boolean }[] = roots.map((ind) => ({ ind, done: false })).reverse();
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (top.done || top.ind.children.length === 0) {
      leaves.set(top.ind, top.ind.children.reduce((n, c) => n + (leaves.get(c) ?? 0), 0) || 1);
      continue;
    }
    stack.push({ ind: top.ind, done: true });
    for (const c of top.ind.children) stack.push({ ind: c, done: false });
  }
  const items: { ind: Indicator; start: number; span: number }[] = [];
  let cursor = FIRST;
  const order: { ind: Indicator; start: number }[] = [];
  for (const root of roots) {
    order.push({ ind: root, start: cursor });
    cursor += leaves.get(root)!;
  }
  // A queue read by index: shift() would make a large tree quadratic.
  for (let i = 0; i < order.length; i++) {
    const { ind, start } = order[i]!;
    items.push({ ind, start, span: leaves.get(ind)! });
    let next = start;
    for (const c of ind.children) {
      order.push({ ind: c, start: next });
      next += leaves.get(c)!;
    }
  }
  items.sort((a, b) => a.start - b.start || a.ind.level - b.ind.level);
  return { items, rows: cursor - FIRST };
}
