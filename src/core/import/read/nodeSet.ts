import { nameKey } from "../../text";
import type { ImportNote } from "../importNote";

/** One imported indicator (a row of a level sheet), before Kodes are given. */
export interface ImportNode {
  readonly level: number;
  /** Index of the parent node, when known. */
  parent?: number;
  readonly uraian: string;
  readonly indikator: string;
  kode?: string;
  kodeInduk?: string;
  kodeNomenklatur?: string;
  satuan: string;
  baseline?: number;
  readonly targets: Record<number, number>;
  readonly realisasi: Record<number, number>;
  /** year → TW1…TW4 */
  readonly quarters: Record<number, (number | undefined)[]>;
  polaritas?: string;
  sifat?: string;
  penanggungJawab?: string;
  crosscutting?: string;
  keterangan?: string;
  /** The source cell, A1 (`H13`), and its 0-based row. */
  readonly source: string;
  readonly row: number;
  /** Things the planner should look at. */
  readonly notes: ImportNote[];
}

/**
 * Collects nodes, merging repeats: the same statement (same level, parent and Uraian) is one
 * statement, and the same indicator of a statement is one node — templates pasted without
 * merged cells repeat a parent on every row of its children.
 */
export class NodeSet {
  readonly nodes: ImportNode[] = [];
  private readonly byIndicator = new Map<string, number>();
  private readonly byStatement = new Map<string, number>();

  /**
   * The node of this indicator, created when new. An empty indicator names the statement's
   * first node; a statement seen before without indicator takes its first indicator.
   * @returns the node's index and whether it was created
   */
  add(
    level: number,
    parent: number | undefined,
    uraian: string,
    indikator: string,
    source: string,
    row: number,
    kode?: string,
    scope = "",
  ): { index: number; created: boolean } {
    const statement = [level, parent ?? "", nameKey(uraian), scope].join("\u0001");
    const key = [statement, kode ?? "", nameKey(indikator)].join("\u0001");
    const found = this.byIndicator.get(key);
    if (found !== undefined) return { index: found, created: false };
    const first = this.byStatement.get(statement);
    if (first !== undefined && indikator === "" && !kode) return { index: first, created: false };
    if (first !== undefined && this.nodes[first]!.indikator === "" && !this.nodes[first]!.kode) {
      (this.nodes[first] as { indikator: string }).indikator = indikator;
      if (kode) this.nodes[first]!.kode = kode;
      this.byIndicator.set(key, first);
      return { index: first, created: false };
    }
    const node: ImportNode = {
      level,
      uraian,
      indikator,
      satuan: "",
      targets: {},
      realisasi: {},
      quarters: {},
      source,
      row,
      notes: [],
      ...(parent !== undefined ? { parent } : {}),
      ...(kode ? { kode } : {}),
    };
    this.nodes.push(node);
    const index = this.nodes.length - 1;
    this.byIndicator.set(key, index);
    if (first === undefined) this.byStatement.set(statement, index);
    return { index, created: true };
  }
}
