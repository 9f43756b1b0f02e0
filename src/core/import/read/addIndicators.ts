import { a1 } from "../../a1";
import type { SheetData } from "../../sheet";
import { fillNode } from "./fillNode";
import type { GroupColumns } from "./groupColumns";
import type { NodeSet } from "./nodeSet";
import { readText } from "./readValue";
import { splitIndicators } from "./splitIndicators";
import type { ImportNote } from "../importNote";

/** Where a row is being read: the nodes so far, the sheet, the row, the levels it reached. */
export interface RowContext {
  readonly set: NodeSet;
  readonly sheet: SheetData;
  readonly r: number;
  readonly touched: Set<number>;
}

/** The indicator cells of a row: each column's indicators (split) and why a cell read as empty. */
export type Inds = readonly { readonly c: number; readonly parts: string[]; readonly note?: ImportNote }[];

/** A cell's text with its line breaks kept (bullets are one per line), or the cleaned text. */
function rawText(value: unknown, cleaned: string): string {
  return typeof value === "string" && cleaned !== "" ? value : cleaned;
}

/**
 * Reads a row's indicator cells, splitting cells that hold several indicators.
 * @example readInds(["1. A 2. B"], 0, [0])[0]?.parts // ["A", "B"]
 */
export function readInds(row: readonly unknown[], r: number, cols: readonly number[]): Inds {
  return cols.map((c) => {
    const t = readText(row[c], a1(r, c));
    return { c, parts: splitIndicators(rawText(row[c], t.text)), ...(t.note ? { note: t.note } : {}) };
  });
}

/**
 * Adds (or finds) the nodes of one statement's indicators on a row, with their units and numbers;
 * a statement without indicator becomes one node with an empty indicator.
 * @param scope extra identity of the statement (its official code), so two kegiatan of one program
 *   with the same name stay two
 * @returns the index of the first node
 */
export function addIndicators(
  ctx: RowContext,
  gc: GroupColumns,
  level: number,
  parent: number | undefined,
  uraian: string,
  inds: Inds,
  kode?: string,
  scope = "",
): number {
  const { set, r } = ctx;
  const all = inds.flatMap((x) => x.parts.map((p, k) => ({ c: x.c, p, n: x.parts.length, k })));
  // A statement without indicator still reads the cells of its group's (empty) indicator column.
  const items = all.length > 0 ? all : [{ c: gc.indikators[0], p: "", n: 1, k: 0 }];
  let first: number | undefined;
  for (const it of items) {
    const source = a1(r, it.p === "" || it.c === undefined ? gc.uraian : it.c);
    const made = set.add(
      level,
      parent,
      uraian,
      it.p,
      source,
      r,
      items.length === 1 ? kode : undefined,
      scope,
    );
    const node = set.nodes[made.index]!;
    if (made.created) node.notes.push(...inds.flatMap((x) => (x.note ? [x.note] : [])));
    fillNode(node, ctx.sheet, r, gc, it.c, it.n, true, it.k);
    first ??= made.index;
  }
  ctx.touched.add(level);
  return first!;
}
