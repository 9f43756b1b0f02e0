import { cellText, nameKey } from "../../text";
import { classifyHeader } from "./classifyHeader";
import type { Classified, HeaderClass } from "./headerClass";
import type { GroupKind } from "../types";

/** A column read from its header and its data, before levels and years are decided. */
export interface RawColumn {
  readonly col: number;
  readonly path: readonly string[];
  readonly cls: HeaderClass;
  readonly confidence: number;
  readonly why: Classified["why"];
  /** Index into the groups, -1 when none. */
  readonly group: number;
}

/** A statement column and its label. */
export interface RawGroup {
  readonly col: number;
  readonly label: string;
  readonly kind: GroupKind;
  /** The header row above the group's columns (a merged band), when there is one. */
  readonly band?: string;
}

const CODE_PART = /^(\d{1,4}|x{1,4}|\d\.\d{1,2})$/i;
const SPLIT_KIND: Partial<Record<GroupKind, number>> = { program: 2, kegiatan: 3, subkegiatan: 4 };

/**
 * Classifies every column of the header and ties each to a statement group. The data decides
 * what a header alone cannot: a `PROGRAM` column holding `1`, `2.01` is a split code part, not
 * a name; empty-header columns after a `Kode` holding short codes continue the split code.
 * @param paths header texts per column
 * @param data the data rows' values
 * @param left first column, @param right last column
 * @returns the columns (headers empty and no data dropped) and the groups left to right
 * @example readColumns([["Tujuan"], ["Indikator Tujuan"]], [["T1", "I1"]], 0, 1).groups[0]?.kind // "tujuan"
 */
export function readColumns(
  paths: readonly (readonly string[])[],
  data: readonly (readonly unknown[])[],
  left: number,
  right: number,
): { columns: RawColumn[]; groups: RawGroup[] } {
  const sample = (c: number) => data.map((row) => cellText(row[c])).filter((t) => t !== "");
  const codeLike = (c: number) => {
    const s = sample(c);
    return s.length > 0 && s.filter((t) => CODE_PART.test(t)).length / s.length >= 0.8;
  };
  const classified: { col: number; path: readonly string[]; c: Classified }[] = [];
  for (let col = left; col <= right; col++) {
    const path = paths[col] ?? [];
    let c = classifyHeader(path);
    if (c.cls.role === "uraian" && SPLIT_KIND[c.cls.kind] !== undefined && codeLike(col)) {
      c = {
        cls: { role: "codePart", part: SPLIT_KIND[c.cls.kind]! },
        confidence: 0.85,
        why: { id: "isinya potongan kode", en: "its cells hold code parts" },
      };
    }
    const prev = classified[classified.length - 1];
    if (
      path.length === 0 &&
      prev &&
      (prev.c.cls.role === "codePart" || prev.c.cls.role === "kode") &&
      codeLike(col)
    ) {
      const part = prev.c.cls.role === "codePart" ? prev.c.cls.part + 1 : 1;
      if (prev.c.cls.role === "kode") prev.c = { ...prev.c, cls: { role: "codePart", part: 0 } };
      if (part <= 4)
        c = {
          cls: { role: "codePart", part },
          confidence: 0.7,
          why: { id: "kode dipecah ke beberapa kolom", en: "the code is split over several columns" },
        };
    }
    if (path.length === 0 && sample(col).length === 0) continue;
    classified.push({ col, path, c });
  }
  const groups: RawGroup[] = classified
    .filter((x) => x.c.cls.role === "uraian")
    .map((x) => {
      const cls = x.c.cls as { kind: GroupKind };
      return {
        col: x.col,
        label: x.path.join(" / "),
        kind: cls.kind,
        ...(x.path.length > 0 ? { band: nameKey(x.path[0]!) } : {}),
      };
    });
  const columns = classified.map((x) => ({
    col: x.col,
    path: x.path,
    cls: x.c.cls,
    confidence: x.c.confidence,
    why: x.c.why,
    group: groupOf(
      x.col,
      x.path,
      x.c.cls,
      groups,
      classified.map((y) => ({ col: y.col, role: y.c.cls.role })),
    ),
  }));
  return { columns, groups };
}

function groupOf(
  col: number,
  path: readonly string[],
  cls: HeaderClass,
  groups: readonly RawGroup[],
  all: readonly { col: number; role: string }[],
): number {
  if (groups.length === 0) return -1;
  const own = groups.findIndex((g) => g.col === col);
  if (own >= 0) return own;
  if (path.length > 1) {
    const band = groups.findIndex((g) => g.band !== undefined && g.band === nameKey(path[0]!));
    if (band >= 0) return band;
  }
  if (cls.role === "indikator" && cls.kind && cls.kind !== "list") {
    const named = groups.findIndex((g) => g.kind === cls.kind);
    if (named >= 0) return named;
  }
  const leftIdx = lastIndex(groups, (g) => g.col < col);
  const rightIdx = groups.findIndex((g) => g.col > col);
  const codeRole =
    cls.role === "kode" || cls.role === "nomenklatur" || cls.role === "codePart" || cls.role === "kelompok";
  if (codeRole && rightIdx >= 0) {
    // A code sits before its name: it belongs to the next name unless another column intervenes.
    const between = all.filter((c) => c.col > col && c.col < groups[rightIdx]!.col);
    if (between.every((c) => ["kode", "nomenklatur", "codePart", "kelompok", "skip"].includes(c.role)))
      return rightIdx;
  }
  return leftIdx >= 0 ? leftIdx : rightIdx;
}

function lastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}
