import { NO_CHILDREN, type Indicator } from "./indicator";

/** Families up to this size get lists of their exact length. */
const SMALL_FAMILY = 8;

/**
 * The Kode index and the parent links of a model, made one indicator at a time in model order
 * (level by level, row by row), so buildModel links each row as it reads it, while its Kode and
 * Kode Induk are still in the cache. Linking as they come gives the links a finished index
 * would: a parent sits on the level above, which is indexed in full before the row is added;
 * a Kode first met on the row's own level or below can never be its parent.
 */
export class KodeLinks {
  /** Kode → the first indicator with it. */
  readonly byKode = new Map<string, Indicator>();

  /**
   * Indexes an indicator and links it to its parent: the first indicator with its Kode Induk,
   * when that sits on the level directly above. A repeated Kode notes its first use (`repeatOf`).
   * @example links.add(ind); ind.parent?.kode // "1.1"
   */
  add(ind: Indicator): void {
    const byKode = this.byKode;
    const first = byKode.get(ind.kode);
    if (first === undefined) byKode.set(ind.kode, ind);
    if (ind.repeatOf !== first) ind.repeatOf = first;
    const parent = ind.level > 0 && ind.kodeInduk !== "" ? byKode.get(ind.kodeInduk) : undefined;
    if (parent && parent.level === ind.level - 1 && parent !== ind) {
      ind.parent = parent;
      // A family's list stays made to measure while it is small (most are): a pushed-to list
      // grows by 16 slots, and every list lives, and is copied by the collector, with the model.
      const kids = parent.children;
      if (kids === NO_CHILDREN) parent.children = [ind];
      else if (kids.length < SMALL_FAMILY) parent.children = withOneMore(kids, ind);
      else (kids as Indicator[]).push(ind);
    }
  }
}

/** The list and one more, in a list of exactly that length. */
function withOneMore(list: readonly Indicator[], ind: Indicator): Indicator[] {
  const next = new Array<Indicator>(list.length + 1);
  for (let k = 0; k < list.length; k++) next[k] = list[k]!;
  next[list.length] = ind;
  return next;
}
