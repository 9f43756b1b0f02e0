import { a1 } from "../../a1";
import { formatNomenklatur, nomenklaturSegments } from "../../values/nomenklatur";
import { addIndicators, readInds, type RowContext } from "./addIndicators";
import { fillNode } from "./fillNode";
import type { GroupColumns } from "./groupColumns";
import type { KindRead } from "./listKinds";
import { codeOf } from "./listRowKinds";
import { readText } from "./readValue";
import { splitIndicators } from "./splitIndicators";
import type { ImportMapping } from "../types";
import { importNote, type ImportNote } from "../importNote";

/** What a list column remembers from row to row: the last node per level, parents by code. */
export class ListState {
  private readonly stack = new Map<number, number>();
  private readonly scoped = new Map<string, number>();
  private last: number | undefined;

  /**
   * Reads one row of the list column: a continuation adds indicators to the row above; a
   * program/kegiatan/sub kegiatan (or Kelompok) row becomes a node under the last node of the
   * level above (or under the matrix parent on its row); `Tolak Ukur Capaian Keg.` cells become
   * the indicators of the parent kegiatan, found by code.
   * @param parent the node of the matrix groups on this row, if any
   * @returns why the row gave nothing, when it did not
   */
  step(
    ctx: RowContext,
    mapping: ImportMapping,
    gc: GroupColumns,
    kind: KindRead | undefined,
    parent: number | undefined,
  ): ImportNote | undefined {
    const { set, r } = ctx;
    const row = ctx.sheet.values[r] ?? [];
    const inds = readInds(row, r, gc.indikators);
    if (kind?.kind === "continuation" && this.last !== undefined) {
      const prev = set.nodes[this.last]!;
      const scope = nomenklaturSegments(prev.kodeNomenklatur ?? "").join(".");
      addIndicators(ctx, gc, prev.level, prev.parent, prev.uraian, inds, undefined, scope);
      return undefined;
    }
    if (!kind || kind.kind === "continuation") return undefined;
    const level = kind.kind === "heading" ? undefined : mapping.kindLevels[kind.kind];
    if (level === undefined) {
      return kind.kind === "heading"
        ? importNote("skip.heading", kind.why.id, kind.why.en)
        : importNote(
            "skip.unmapped-level",
            `${kind.why.id}: level tidak dipetakan`,
            `${kind.why.en}: no level mapped`,
            {
              args: { kind: kind.kind },
            },
          );
    }
    const segments = codeOf(row, gc);
    const scopeCode = segments.length > 1 ? segments.slice(0, kind.kind === "subkegiatan" ? 5 : 3) : [];
    const key = scopeCode.join(".");
    for (const c of gc.parentIndikators) {
      for (const part of splitIndicators(readText(row[c], a1(r, c)).text)) {
        const made = set.add(level - 1, undefined, "", part, a1(r, c), r, undefined, key);
        if (made.created) set.nodes[made.index]!.kodeNomenklatur = formatNomenklatur(scopeCode) || undefined;
        fillNode(set.nodes[made.index]!, ctx.sheet, r, gc, c, 1, false);
        this.scoped.set(key, made.index);
        ctx.touched.add(level - 1);
      }
    }
    const above = parent !== undefined && set.nodes[parent]!.level === level - 1 ? parent : undefined;
    const up = this.stack.get(level - 1) ?? above ?? this.scoped.get(key);
    const uraian = readText(row[gc.uraian], a1(r, gc.uraian)).text;
    const made = addIndicators(ctx, gc, level, up, uraian, inds, undefined, segments.join("."));
    if (segments.length > 0) set.nodes[made]!.kodeNomenklatur ??= formatNomenklatur(segments);
    for (const l of [...this.stack.keys()]) if (l >= level) this.stack.delete(l);
    this.stack.set(level, made);
    this.last = made;
    return undefined;
  }
}
