import type { ContentRow, TreeContent } from "../../model/content";
import { clashes, keptKodes, type ExistingRow } from "./keptKodes";
import type { ImportNode } from "../read/nodeSet";
import type { ImportPeriod } from "./importPeriod";
import { importNote, type ImportNote } from "../importNote";

/** A level-sheet row from an import: the content plus quarters and its source cell. */
export interface ImportRow extends ContentRow {
  /** year → TW1…TW4 */
  readonly quarters?: Readonly<Record<number, readonly (number | undefined)[]>>;
  /** The source cell, e.g. `'Realisasi TW IV'!H13`. */
  readonly source: string;
}

/** One level's imported rows. */
export interface ImportLevel {
  readonly name: string;
  readonly rows: readonly ImportRow[];
}

/** Tree content (a {@link TreeContent}) whose rows carry quarters and source cells. */
export interface ImportContent {
  readonly settings: TreeContent["settings"];
  readonly levels: readonly ImportLevel[];
  readonly notes: readonly ImportNote[];
  /** Levels to add to the workbook (a `Level N` row each in Pengaturan, and its sheet). */
  readonly newLevels?: readonly string[];
  /** The period Pengaturan gets (or keeps) with this import. */
  readonly period?: ImportPeriod;
}

/**
 * Turns imported nodes into tree content, level by level in source order. Kodes come from a
 * Kode column when the template has one; otherwise from the position (`2.1.3`: the third child
 * of the first child of the second root), or the Kode of the workbook row with the same level,
 * Uraian and Indikator. Kode Induk is the parent's Kode. When a generated Kode is already used in
 * the workbook by another statement, every generated Kode gets the prefix `I`.
 * @param nodes the imported nodes
 * @param levels the workbook's level names
 * @param sourceSheet the template sheet's name, for the source cells
 * @param taken existing Kode → level index in the workbook
 * @param existing the workbook's rows, to keep their Kodes and to tell an update from a clash
 * @example toContent(nodes, DEFAULT_LEVELS, "Renja", new Map()).levels[2]?.rows[0]?.kode // "1"
 */
export function toContent(
  nodes: readonly ImportNode[],
  levels: readonly string[],
  sourceSheet: string,
  taken: ReadonlyMap<string, number>,
  existing: readonly ExistingRow[] = [],
): ImportContent {
  const children = new Map<number | undefined, number[]>();
  nodes.forEach((n, i) => {
    const p = n.parent !== undefined && n.parent < i ? n.parent : undefined;
    children.set(p, [...(children.get(p) ?? []), i]);
  });
  const own = keptKodes(nodes, existing);
  const byKode = new Map<string, ExistingRow | number>([
    ...taken,
    ...existing.map((e) => [e.kode, e] as const),
  ]);
  const kodes = assign(own, children, "");
  const clash = nodes.some((n, i) => own[i] === undefined && clashes(kodes[i]!, n, byKode));
  const final = clash ? assign(own, children, "I") : kodes;
  const kept = own.filter((k, i) => k !== undefined && nodes[i]!.kode === undefined).length;
  const quote = `'${sourceSheet.replace(/'/g, "''")}'`;
  const rows = nodes.map((n, i): ImportRow => {
    const parent = n.parent !== undefined && n.parent < i ? final[n.parent] : undefined;
    const kodeInduk = n.kodeInduk ?? parent;
    const some = <T extends object>(o: T) => (Object.keys(o).length > 0 ? o : undefined);
    const fields: Record<string, unknown> = {
      kode: final[i]!,
      kodeInduk,
      uraian: n.uraian,
      indikator: n.indikator,
      satuan: n.satuan,
      polaritas: /^(neg|-|−|turun|min)/i.test(n.polaritas ?? "")
        ? "Negatif"
        : n.polaritas
          ? "Positif"
          : undefined,
      sifat: /^akhir/i.test(n.sifat ?? "") ? "Akhir" : n.sifat ? "Kumulatif" : undefined,
      kodeNomenklatur: n.kodeNomenklatur,
      baseline: n.baseline,
      targets: some(n.targets),
      realisasi: some(n.realisasi),
      quarters: some(n.quarters),
      penanggungJawab: n.penanggungJawab,
      crosscutting: n.crosscutting,
      keterangan: n.keterangan,
      source: `${quote}!${n.source}`,
    };
    for (const k of Object.keys(fields))
      if (fields[k] === undefined || fields[k] === "")
        if (k !== "uraian" && k !== "indikator" && k !== "satuan") delete fields[k];
    return fields as unknown as ImportRow;
  });
  const notes: ImportNote[] = [];
  if (kept > 0)
    notes.push(
      importNote(
        "note.kodes-kept",
        `${kept} baris sama (Uraian dan Indikator) dengan baris di buku kerja: Kode-nya dipakai.`,
        `${kept} rows repeat a workbook row (Uraian and Indikator): its Kode is kept.`,
        { args: { count: kept } },
      ),
    );
  if (clash)
    notes.push(
      importNote(
        "note.kodes-prefixed",
        "Kode hasil posisi sudah dipakai pernyataan lain di buku kerja; semua Kode baru diawali 'I'.",
        "Position Kodes were already used by other statements in the workbook; every new Kode starts with 'I'.",
      ),
    );
  return {
    settings: [],
    levels: levels.map((name, l) => ({ name, rows: rows.filter((_, i) => nodes[i]!.level === l) })),
    notes,
  };
}

/** Position Kodes, walked with an explicit stack (a deep or odd tree cannot overflow it). */
function assign(
  own: readonly (string | undefined)[],
  children: ReadonlyMap<number | undefined, number[]>,
  prefix: string,
): string[] {
  const out: string[] = [];
  const stack: { index: number; base: string; pos: number }[] = (children.get(undefined) ?? [])
    .map((index, k) => ({ index, base: prefix, pos: k + 1 }))
    .reverse();
  while (stack.length > 0) {
    const { index, base, pos } = stack.pop()!;
    const kode = own[index] ?? (base === "" || base === prefix ? `${base}${pos}` : `${base}.${pos}`);
    out[index] = kode;
    const kids = children.get(index) ?? [];
    for (let k = kids.length - 1; k >= 0; k--) stack.push({ index: kids[k]!, base: kode, pos: k + 1 });
  }
  return out;
}
