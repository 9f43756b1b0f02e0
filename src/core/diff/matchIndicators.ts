import { groupIndicators } from "../model/groupIndicators";
import type { Indicator } from "../model/indicator";
import { nameKey } from "../text";

/** The rows of two versions paired up: same row (maybe re-coded), or only in one of them. */
export interface Matching {
  /** [old, new] pairs, in NEW's order; `recoded` when paired by text, not by Kode. */
  readonly pairs: readonly { readonly old: Indicator; readonly new: Indicator; readonly recoded: boolean }[];
  readonly added: readonly Indicator[];
  readonly removed: readonly Indicator[];
  /** OLD Kode → NEW Kode of every pair (a parent's re-code does not move its children). */
  readonly kodeMap: ReadonlyMap<string, string>;
}

/**
 * Pairs the rows of two versions (SPEC §12): first by Kode (the k-th row with a Kode in OLD
 * with the k-th in NEW, should a Kode repeat), then the rows left over by their text — same
 * level, same Uraian and Indikator (case and spaces folded) — as re-coded rows. What is left
 * is added (NEW only) or removed (OLD only). Linear in the number of rows.
 * @param olds OLD's indicators, in sheet order
 * @param news NEW's indicators, in sheet order
 * @returns the pairs, the added and the removed rows
 * @example matchIndicators(old.indicators, model.indicators).added.length // 0
 */
export function matchIndicators(olds: readonly Indicator[], news: readonly Indicator[]): Matching {
  const byKode = groupIndicators(olds, (i) => i.kode);
  const pairs: { old: Indicator; new: Indicator; recoded: boolean }[] = [];
  const leftNew: Indicator[] = [];
  const used = new Set<Indicator>();
  for (const ind of news) {
    const old = byKode.get(ind.kode)?.shift();
    if (old) {
      pairs.push({ old, new: ind, recoded: false });
      used.add(old);
    } else leftNew.push(ind);
  }
  const leftOld = olds.filter((i) => !used.has(i));
  const byText = groupIndicators(leftOld.filter(hasText), textKey);
  const added: Indicator[] = [];
  for (const ind of leftNew) {
    const old = hasText(ind) ? byText.get(textKey(ind))?.shift() : undefined;
    if (old) {
      pairs.push({ old, new: ind, recoded: true });
      used.add(old);
    } else added.push(ind);
  }
  const kodeMap = new Map<string, string>();
  for (const p of pairs) if (!kodeMap.has(p.old.kode)) kodeMap.set(p.old.kode, p.new.kode);
  return { pairs, added, removed: olds.filter((i) => !used.has(i)), kodeMap };
}

function hasText(ind: Indicator): boolean {
  return ind.uraian !== "" || ind.indikator !== "";
}

function textKey(ind: Indicator): string {
  return `${ind.level}\u0001${nameKey(ind.uraian)}\u0001${nameKey(ind.indikator)}`;
}
