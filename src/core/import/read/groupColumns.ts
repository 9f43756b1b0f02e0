import type { ImportMapping } from "../types";

/** A number column and the indicator column it belongs to. */
export interface NumberColumn {
  readonly col: number;
  readonly kind: "target" | "realisasi" | "baseline";
  readonly year?: number;
  readonly quarter?: 1 | 2 | 3 | 4;
  /** The indicator column it belongs to (the nearest on its left in the group). */
  readonly indicator?: number;
}

/** The columns of one statement group, by role. */
export interface GroupColumns {
  readonly uraian: number;
  readonly kode?: number;
  readonly kodeInduk?: number;
  readonly nomenklatur?: number;
  readonly codeParts: readonly number[];
  readonly kelompok?: number;
  readonly indikators: readonly number[];
  readonly parentIndikators: readonly number[];
  /** Satuan columns and the indicator column each belongs to. */
  readonly satuan: readonly { readonly col: number; readonly indicator?: number }[];
  readonly numbers: readonly NumberColumn[];
  readonly text: Readonly<
    Partial<Record<"polaritas" | "sifat" | "penanggungJawab" | "crosscutting" | "keterangan", number>>
  >;
}

/**
 * Gathers each group's columns by role, pairing every number and Satuan column with the
 * indicator column on its left (templates with several indicators per row put each target
 * right after its indicator: `Tolak Ukur Keluaran | Target Kinerja Keluaran`).
 * @example groupColumns(mapping)[0]?.indikators // [7]
 */
export function groupColumns(mapping: ImportMapping): GroupColumns[] {
  return mapping.groups.map((g, gi) => {
    const mine = mapping.columns.filter((c) => c.group === gi).sort((a, b) => a.col - b.col);
    const indicatorCols = mine.filter((c) => c.role.kind === "indikator").map((c) => c.col);
    const pairOf = (col: number) => {
      const left = indicatorCols.filter((i) => i < col);
      return left.length ? left[left.length - 1] : indicatorCols[0];
    };
    const first = (kind: string) => mine.find((c) => c.role.kind === kind)?.col;
    const numbers: NumberColumn[] = [];
    const satuan: { col: number; indicator?: number }[] = [];
    const codeParts: number[] = [];
    for (const c of mine) {
      const r = c.role;
      const indicator = pairOf(c.col);
      const pair = indicator !== undefined ? { indicator } : {};
      if (r.kind === "target") numbers.push({ col: c.col, kind: "target", year: r.year, ...pair });
      else if (r.kind === "realisasi")
        numbers.push({
          col: c.col,
          kind: "realisasi",
          year: r.year,
          ...(r.quarter ? { quarter: r.quarter } : {}),
          ...pair,
        });
      else if (r.kind === "baseline") numbers.push({ col: c.col, kind: "baseline", ...pair });
      else if (r.kind === "satuan") satuan.push({ col: c.col, ...pair });
      else if (r.kind === "codePart") codeParts[r.part] = c.col;
    }
    const opt = (key: string, col: number | undefined) => (col !== undefined ? { [key]: col } : {});
    return {
      uraian: g.col,
      ...opt("kode", first("kode")),
      ...opt("kodeInduk", first("kodeInduk")),
      ...opt("nomenklatur", first("nomenklatur")),
      codeParts: codeParts.filter((c) => c !== undefined),
      ...opt("kelompok", first("kelompok")),
      indikators: mine.filter((c) => c.role.kind === "indikator" && !c.role.scope).map((c) => c.col),
      parentIndikators: mine
        .filter((c) => c.role.kind === "indikator" && c.role.scope === "parent")
        .map((c) => c.col),
      satuan,
      numbers,
      text: {
        ...opt("polaritas", first("polaritas")),
        ...opt("sifat", first("sifat")),
        ...opt("penanggungJawab", first("penanggungJawab")),
        ...opt("crosscutting", first("crosscutting")),
        ...opt("keterangan", first("keterangan")),
      },
    };
  });
}

/** The columns whose content makes a row part of the tree: names, codes and indicators. */
export function keyCols(gc: GroupColumns): number[] {
  return [
    gc.uraian,
    gc.kode,
    gc.nomenklatur,
    gc.kelompok,
    ...gc.codeParts,
    ...gc.indikators,
    ...gc.parentIndikators,
  ].filter((c): c is number => c !== undefined);
}
