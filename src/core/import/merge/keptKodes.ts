import { nameKey } from "../../text";
import type { ImportNode } from "../read/nodeSet";

/** A row already in the workbook's level sheets, as far as Kodes are concerned. */
export interface ExistingRow {
  readonly kode: string;
  readonly kodeInduk: string;
  readonly level: number;
  readonly uraian: string;
  readonly indikator: string;
}

const key = (level: number, uraian: string, indikator: string): string =>
  [level, nameKey(uraian), nameKey(indikator)].join("\u0001");

/**
 * The Kode each imported node keeps: its own (a Kode column), else the Kode of the one workbook
 * row on its level with the same Uraian and Indikator — so a Program pasted again from an RPJMD
 * matrix stays the parent of the Kegiatan already under it. Only where the parents agree: the
 * workbook row has no Kode Induk yet (it waits for the level above), or its Kode Induk is the
 * Kode kept by the node's parent, (roots included). (`Penyediaan Permakanan` under another
 * kegiatan is another sub kegiatan.) A workbook row is matched once; a statement found twice in
 * the workbook is not matched (which row is meant is unknown).
 * @returns per node, the Kode it keeps, or undefined when it gets one from its position
 * @example keptKodes([node("Program X", "Persentase Y")], [{ kode: "P1", level: 2, uraian: "Program X", indikator: "Persentase Y" }]) // ["P1"]
 */
export function keptKodes(
  nodes: readonly ImportNode[],
  existing: readonly ExistingRow[],
): (string | undefined)[] {
  const seen = new Map<string, ExistingRow | null>();
  for (const e of existing) {
    const k = key(e.level, e.uraian, e.indikator);
    seen.set(k, seen.has(k) ? null : e);
  }
  const used = new Set(nodes.map((n) => n.kode).filter((k): k is string => k !== undefined));
  const out: (string | undefined)[] = [];
  nodes.forEach((n, i) => {
    if (n.kode !== undefined) return void (out[i] = n.kode);
    const row = seen.get(key(n.level, n.uraian, n.indikator));
    const parent = n.parent !== undefined && n.parent < i ? out[n.parent] : undefined;
    const agree = row && (row.kodeInduk === "" || (parent !== undefined && parent === row.kodeInduk));
    if (!row || !agree || used.has(row.kode)) return void (out[i] = undefined);
    used.add(row.kode);
    out[i] = row.kode;
  });
  return out;
}

/**
 * True when a Kode given from position would land on a workbook row of another statement: on
 * another level, or on the same level with another Uraian (updating it would rename a Program
 * the workbook's Kegiatan hang from).
 * @example clashes("1.1.1", node, existingByKode) // true when 1.1.1 is another Program
 */
export function clashes(
  kode: string,
  node: ImportNode,
  byKode: ReadonlyMap<string, ExistingRow | number>,
): boolean {
  const row = byKode.get(kode);
  if (row === undefined) return false;
  if (typeof row === "number") return row !== node.level;
  return row.level !== node.level || nameKey(row.uraian) !== nameKey(node.uraian);
}
