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

/** A statement named only by its code (`Kegiatan 1.03.01.2.01`), or by the reference list. */
export type NameOf = (code: readonly string[]) => { text: string; note?: ImportNote };

function parentNote(cell: string, code: string): ImportNote {
  return importNote(
    "note.parent-from-code",
    `${cell}: kegiatan ${code} tidak punya baris sendiri; dibuat dari kode sub kegiatan ini`,
    `${cell}: kegiatan ${code} has no row of its own; made from this sub kegiatan's code`,
    { cell, args: { code } },
  );
}

/** What a list column remembers from row to row: the last node per level, parents by code. */
export class ListState {
  private readonly stack = new Map<number, number>();
  private readonly scoped = new Map<string, number>();
  private last: number | undefined;

  /** @param nameOf the Uraian of a kegiatan known only by its code */
  constructor(private readonly nameOf: NameOf) {}

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
    const level =
      kind.kind === "heading"
        ? undefined
        : ((kind.kelompok !== undefined ? mapping.kelompokLevels?.[kind.kelompok] : undefined) ??
          mapping.kindLevels[kind.kind]);
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
        const name = this.nameOf(scopeCode);
        const made = set.add(level - 1, undefined, name.text, part, a1(r, c), r, undefined, key);
        if (made.created) set.nodes[made.index]!.kodeNomenklatur = formatNomenklatur(scopeCode) || undefined;
        if (made.created && name.note) set.nodes[made.index]!.notes.push(name.note);
        fillNode(set.nodes[made.index]!, ctx.sheet, r, gc, c, 1, false);
        this.scoped.set(key, made.index);
        ctx.touched.add(level - 1);
      }
    }
    const above = parent !== undefined && set.nodes[parent]!.level === level - 1 ? parent : undefined;
    let up = this.stack.get(level - 1) ?? above ?? this.scoped.get(key);
    if (up === undefined && kind.kind === "subkegiatan" && scopeCode.length === 5 && level > 0) {
      // A sub kegiatan whose kegiatan has no row of its own: the kegiatan comes from its code.
      const name = this.nameOf(scopeCode);
      const made = set.add(level - 1, undefined, name.text, "", a1(r, gc.uraian), r, undefined, key);
      const node = set.nodes[made.index]!;
      node.kodeNomenklatur ??= formatNomenklatur(scopeCode);
      if (made.created)
        node.notes.push(
          parentNote(a1(r, gc.uraian), node.kodeNomenklatur),
          ...(name.note ? [name.note] : []),
        );
      this.scoped.set(key, made.index);
      ctx.touched.add(level - 1);
      up = made.index;
    }
    const uraian = readText(row[gc.uraian], a1(r, gc.uraian)).text;
    const before = set.nodes.length;
    const made = addIndicators(ctx, gc, level, up, uraian, inds, undefined, segments.join("."));
    if (segments.length > 0) {
      // Every indicator of the row (keluaran and hasil) keeps the row's code.
      const code = formatNomenklatur(segments);
      for (const i of [made, ...set.nodes.keys()].filter((i) => i === made || i >= before))
        set.nodes[i]!.kodeNomenklatur ??= code;
    }
    for (const l of [...this.stack.keys()]) if (l >= level) this.stack.delete(l);
    this.stack.set(level, made);
    this.last = made;
    return undefined;
  }
}
