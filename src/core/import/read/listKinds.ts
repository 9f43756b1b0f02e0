import { groupKindOf } from "../detect/groupKindOf";
import { nameKey } from "../../text";
import type { GroupKind } from "../types";
import type { Msg } from "../../messages";

/** A row of a list column (Renja/Renstra), as far as its level is concerned. */
export interface ListItem {
  readonly row: number;
  readonly name: string;
  /** Official code segments, when the row has a code. */
  readonly code?: readonly string[];
  /** The Kelompok cell, when the list has one. */
  readonly kelompok?: string;
  readonly hasIndicator: boolean;
  readonly hasSatuan: boolean;
  /** Budget (Rp) values of the row, one per budget column, for the SUM structure. */
  readonly money: readonly (number | undefined)[];
}

export type ListKind = GroupKind | "heading" | "continuation";

export interface KindRead {
  readonly kind: ListKind;
  readonly why: Msg;
  /** The Kelompok value (nameKey), when the row's kind came from it. */
  readonly kelompok?: string;
}

const WHY = {
  code: (n: number): Msg => ({ id: `kode ${n} segmen`, en: `a ${n}-segment code` }),
  codeHeading: (n: number): Msg => ({
    id: `kode ${n} segmen: judul urusan/bidang, bukan level`,
    en: `a ${n}-segment code: an urusan/bidang heading, not a level`,
  }),
  heading: { id: "judul urusan/bidang tanpa indikator", en: "an urusan/bidang heading without indicator" },
  program: { id: "nama diawali 'Program'", en: "the name starts with 'Program'" },
  sum: { id: "pagunya jumlah baris di bawahnya", en: "its budget is the sum of the rows below" },
  part: { id: "bagian dari jumlah baris di atasnya", en: "part of the sum in the row above" },
  guess: {
    id: "tanpa kode dan pagu: Kegiatan bila indikatornya persentase, selain itu Sub Kegiatan",
    en: "no code or budget: Kegiatan when its indicator is a percentage, else Sub Kegiatan",
  },
  position: {
    id: "tanpa kode: satu level di bawah baris sebelumnya",
    en: "no code: one level below the previous row",
  },
  same: {
    id: "nama kosong: indikator lain dari baris di atasnya",
    en: "empty name: another indicator of the row above",
  },
  kelompok: (k: string): Msg => ({ id: `kelompok '${k}'`, en: `group '${k}'` }),
};

const ORDER: readonly GroupKind[] = ["program", "kegiatan", "subkegiatan"];

/**
 * The kind of each row of a list column. With a code: its depth (3 program, 5 kegiatan,
 * 6 sub kegiatan; 1–2 urusan/bidang headings). With a Kelompok cell: its word. Otherwise:
 * `Program …` names are programs, rows without indicator and unit are headings, and below a
 * program a row whose budget equals the sum of the rows after it is a kegiatan over them
 * (SUM parent rows); without budgets, percentages are kegiatan and counts sub kegiatan.
 * @param items the list's rows in order
 * @param percent for each item, whether its indicator is a percentage (the last resort)
 * @example listKinds([{ row: 1, name: "Program X", hasIndicator: true, hasSatuan: true, money: [] }], [false])[0]?.kind // "program"
 */
export function listKinds(items: readonly ListItem[], percent: readonly boolean[]): KindRead[] {
  const coded = items.some((it) => it.code && it.code.length > 0);
  const out: KindRead[] = items.map((it, i) => {
    if (it.name === "" && it.hasIndicator && i > 0) return { kind: "continuation", why: WHY.same };
    if (it.code && it.code.length > 0) {
      const n = it.code.length;
      const kind: ListKind =
        n <= 2 || n === 4 ? "heading" : n === 3 ? "program" : n === 5 ? "kegiatan" : "subkegiatan";
      return { kind, why: kind === "heading" ? WHY.codeHeading(n) : WHY.code(n) };
    }
    if (it.kelompok !== undefined && it.kelompok !== "") {
      const kelompok = nameKey(it.kelompok);
      return { kind: groupKindOf(it.kelompok) ?? "other", why: WHY.kelompok(it.kelompok), kelompok };
    }
    if (/^program\b/i.test(it.name)) return { kind: "program", why: WHY.program };
    if (coded) return { kind: "other", why: WHY.position };
    if (!it.hasIndicator && !it.hasSatuan) return { kind: "heading", why: WHY.heading };
    return { kind: "other", why: WHY.guess };
  });
  if (coded) return positionUncoded(items, out);
  for (const block of blocks(out)) sumStructure(items, out, block, percent);
  return out;
}

/** Rows without code in a coded list go one level below the previous row (at most sub kegiatan). */
function positionUncoded(items: readonly ListItem[], out: KindRead[]): KindRead[] {
  let prev: GroupKind | undefined;
  return out.map((k, i) => {
    if (k.kind === "other" && !(items[i]!.code && items[i]!.code!.length)) {
      const at = prev ? Math.min(ORDER.indexOf(prev) + 1, 2) : 0;
      prev = ORDER[Math.max(at, 0)]!;
      return { kind: prev, why: WHY.position };
    }
    if (ORDER.includes(k.kind as GroupKind)) prev = k.kind as GroupKind;
    return k;
  });
}

/** Runs of undecided rows between programs and headings. */
function blocks(out: readonly KindRead[]): number[][] {
  const result: number[][] = [];
  let current: number[] = [];
  out.forEach((k, i) => {
    if (k.kind === "other") current.push(i);
    else if (k.kind !== "continuation" && current.length > 0) {
      result.push(current);
      current = [];
    }
  });
  if (current.length) result.push(current);
  return result;
}

function sumStructure(
  items: readonly ListItem[],
  out: KindRead[],
  block: readonly number[],
  percent: readonly boolean[],
): void {
  const width = Math.max(0, ...block.map((i) => items[i]!.money.length));
  const equal = (a: number, b: number) => Math.abs(a - b) <= Math.max(1, Math.abs(a) * 1e-9);
  const decided: KindRead[] = [];
  let p = 0;
  while (p < block.length) {
    const head = items[block[p]!]!;
    let end = -1;
    for (let c = 0; c < width && end < 0; c++) {
      const target = head.money[c];
      if (target === undefined || target === 0) continue;
      let sum = 0;
      for (let q = p + 1; q < block.length; q++) {
        sum += items[block[q]!]!.money[c] ?? 0;
        if (equal(sum, target) && (q + 1 >= block.length || !equal(items[block[q + 1]!]!.money[c] ?? 0, 0))) {
          end = q;
          break;
        }
        if (sum > target * (1 + 1e-9) + 1) break;
      }
    }
    if (end < 0) break;
    decided.push({ kind: "kegiatan", why: WHY.sum });
    for (let q = p + 1; q <= end; q++) decided.push({ kind: "subkegiatan", why: WHY.part });
    p = end + 1;
  }
  const bySum = p >= block.length;
  block.forEach((i, n) => {
    out[i] = bySum ? decided[n]! : { kind: percent[i] ? "kegiatan" : "subkegiatan", why: WHY.guess };
  });
}
