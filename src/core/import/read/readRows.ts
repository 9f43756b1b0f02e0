import { a1 } from "../../a1";
import type { SheetData } from "../../sheet";
import { cellText } from "../../text";
import { addIndicators, readInds, type RowContext } from "./addIndicators";
import { groupColumns, keyCols, type GroupColumns } from "./groupColumns";
import type { Window } from "../detect/detectHeader";
import type { KindRead } from "./listKinds";
import { listRowKinds } from "./listRowKinds";
import { ListState, type NameOf } from "./listState";
import { nameOf } from "./nameOf";
import { NodeSet, type ImportNode } from "./nodeSet";
import { readText } from "./readValue";
import { rowSkip } from "./rowSkip";
import type { ImportMapping, RowReport } from "../types";
import { importNote, type ImportNote } from "../importNote";

/** The nodes read from a template and what happened to every non-empty row. */
export interface ReadResult {
  readonly nodes: readonly ImportNode[];
  readonly reports: readonly RowReport[];
}

const NOTHING = importNote(
  "skip.nothing-mapped",
  "tidak ada uraian atau indikator pada level yang dipetakan",
  "no statement or indicator on a mapped level",
);

/**
 * Reads the data rows of a template with a decided mapping into indicator nodes (SPEC §6):
 * matrix groups with "same as above" for empty (merged) cells, a list column with each row's
 * level from its code, Kelompok or name, several indicators in one cell split, and every
 * non-empty row reported: imported (to which levels) or skipped (and why). Never throws.
 * @example readRows(sheet, mapping, win).reports.filter((r) => r.status === "skipped")
 */
export function readRows(
  sheet: SheetData,
  mapping: ImportMapping,
  win: Window,
  names: NameOf = nameOf(undefined),
): ReadResult {
  const set = new NodeSet();
  const reports: RowReport[] = [];
  const gcs = groupColumns(mapping);
  const cols: number[] = [];
  for (let c = win.left; c <= win.right; c++) cols.push(c);
  const active = mapping.groups
    .map((g, i) => ({ level: g.level, gc: gcs[i]!, i }))
    .filter((x) => x.level !== undefined);
  const matrix = active.filter(
    (x): x is { level: number; gc: GroupColumns; i: number } => typeof x.level === "number",
  );
  const list = active.find((x) => x.level === "list");
  const ignore = new Set(
    mapping.columns.filter((c) => c.role.kind === "skip" && c.role.why === "nomor").map((c) => c.col),
  );
  const filled = (r: number) => cols.some((c) => cellText(sheet.values[r]?.[c]) !== "");
  for (let r = win.top; r < Math.min(mapping.dataStart, win.bottom + 1); r++) {
    if (filled(r)) reports.push({ row: r, status: r < mapping.headerTop ? "title" : "header" });
  }
  const dataRows: number[] = [];
  const skipped = new Map<number, ImportNote>();
  const keys = active.flatMap((x) => keyCols(x.gc));
  let signed = false;
  for (let r = mapping.dataStart; r <= win.bottom; r++) {
    if (!filled(r)) continue;
    dataRows.push(r);
    const why = rowSkip(sheet.values[r] ?? [], cols, keys, ignore, signed);
    if (why) skipped.set(r, why);
    // The signer's name under `Kepala Dinas …` has no keyword: the block runs on below it.
    signed ||= why?.code === "skip.signature" || why?.code === "skip.below-signature";
  }
  const kinds = list
    ? listRowKinds(
        sheet,
        mapping,
        list.gc,
        dataRows.filter((r) => !skipped.has(r)),
      )
    : new Map<number, KindRead>();
  const carry = new Map<number, { node: number; uraian: string }>();
  const listState = new ListState(names);
  for (const r of dataRows) {
    const skip = skipped.get(r);
    if (skip) {
      reports.push({ row: r, status: "skipped", reason: skip });
      continue;
    }
    const ctx: RowContext = { set, sheet, r, touched: new Set() };
    const parent = matrixStep(ctx, matrix, carry);
    const note = list ? listState.step(ctx, mapping, list.gc, kinds.get(r), parent) : undefined;
    if (ctx.touched.size === 0) {
      reports.push({ row: r, status: "skipped", reason: note ?? NOTHING });
      continue;
    }
    const all = set.nodes.filter((n) => n.row === r).flatMap((n) => n.notes);
    const notes = all.filter((n, k) => all.findIndex((m) => m.id === n.id) === k);
    const levels = [...ctx.touched].sort().map((l) => mapping.levels[l] ?? String(l));
    reports.push({ row: r, status: "imported", levels, ...(notes.length ? { notes } : {}) });
  }
  return { nodes: set.nodes, reports };
}

/**
 * The matrix groups of one row, top to bottom. A group whose cells are all empty continues the
 * node above ("same as above": how merged cells paste), unless a group above it changed on this
 * row; an empty Uraian next to a new indicator repeats the statement above.
 * @returns the node of the lowest group on the row, the parent of a list row
 */
function matrixStep(
  ctx: RowContext,
  matrix: readonly { level: number; gc: GroupColumns; i: number }[],
  carry: Map<number, { node: number; uraian: string }>,
): number | undefined {
  const row = ctx.sheet.values[ctx.r] ?? [];
  let parent: number | undefined;
  let changed = false;
  let gap: number | undefined;
  for (const { level, gc, i } of matrix) {
    const uraian = readText(row[gc.uraian], a1(ctx.r, gc.uraian)).text;
    const kode = gc.kode !== undefined ? cellText(row[gc.kode]) : "";
    const inds = readInds(row, ctx.r, gc.indikators);
    if (uraian === "" && kode === "" && inds.every((x) => x.parts.length === 0)) {
      // Under a statement that starts on this row, an empty cell is not "same as above": the
      // template lacks this level here, and the groups below must not hang from the one above.
      if (changed) [gap, parent] = [gc.uraian, undefined];
      if (changed) carry.delete(i);
      else if (carry.has(i)) parent = carry.get(i)!.node;
      continue;
    }
    const text = uraian || (changed ? "" : (carry.get(i)?.uraian ?? ""));
    const made = addIndicators(ctx, gc, level, parent, text, inds, kode || undefined);
    if (gap !== undefined) ctx.set.nodes[made]!.notes.push(gapNote(ctx.r, gap));
    gap = undefined;
    if (gc.kodeInduk !== undefined)
      ctx.set.nodes[made]!.kodeInduk ??= cellText(row[gc.kodeInduk]) || undefined;
    carry.set(i, { node: made, uraian: text });
    parent = made;
    changed = true;
  }
  return parent;
}

function gapNote(r: number, col: number): ImportNote {
  const cell = a1(r, col);
  return importNote(
    "note.no-parent",
    `${cell} kosong di bawah pernyataan baru di kirinya: baris ini diimpor tanpa Kode Induk`,
    `${cell} is empty under a statement that starts on its left: this row is imported without Kode Induk`,
    { cell },
  );
}
