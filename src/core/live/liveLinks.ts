import { NO_CHILDREN, type Indicator } from "../model/indicator";

/**
 * The live model's indexes and parent links, kept up to date row by row (SPEC §14): indicators
 * by Kode and by Kode Induk in model order (level, then row), the first indicator of each Kode,
 * and each indicator's `parent`, `children` and `repeatOf` exactly as assembleModel would link them. An edit
 * costs work in proportion to the rows it touches and the rows pointing at their Kodes, not to
 * the workbook's size.
 */
export class LiveLinks {
  readonly kodes = new Map<string, Indicator[]>();
  readonly induks = new Map<string, Indicator[]>();
  readonly byKode = new Map<string, Indicator>();
  private gone: Indicator[] = [];
  private added: Indicator[] = [];

  /**
   * Indexes indicators already linked by assembleModel, in model order.
   * @example new LiveLinks(model.indicators).byKode.get("1.1")
   */
  constructor(linked: readonly Indicator[]) {
    for (const ind of linked) {
      push(this.kodes, ind.kode, ind);
      push(this.induks, ind.kodeInduk, ind);
      if (!this.byKode.has(ind.kode)) this.byKode.set(ind.kode, ind);
    }
  }

  /** Notes that a row's indicator was replaced (either side may be absent); call relink after the burst. */
  replace(old: Indicator | undefined, now: Indicator | undefined): void {
    if (old) {
      remove(this.kodes, old.kode, old);
      remove(this.induks, old.kodeInduk, old);
      this.gone.push(old);
    }
    if (now) {
      insert(this.kodes, now.kode, now);
      insert(this.induks, now.kodeInduk, now);
      this.added.push(now);
    }
  }

  /** Links the replaced rows and every indicator whose parent or children they can change. */
  relink(): void {
    const kodes = new Set<string>();
    for (const ind of [...this.gone, ...this.added]) kodes.add(ind.kode);
    const parents = new Set<Indicator>();
    for (const ind of this.gone) if (ind.parent) parents.add(ind.parent);
    for (const k of kodes) {
      const group = this.kodes.get(k);
      if (group?.[0]) this.byKode.set(k, group[0]);
      else this.byKode.delete(k);
      // Whichever of them was or is the first of its Kode may lose or win children; the others repeat it.
      for (const ind of group ?? []) {
        parents.add(ind);
        ind.repeatOf = ind === group![0] ? undefined : group![0];
      }
    }
    const relinked = new Set<Indicator>(this.added);
    for (const k of kodes) for (const ind of this.induks.get(k) ?? []) relinked.add(ind);
    for (const ind of relinked) {
      if (ind.parent) parents.add(ind.parent);
      const named = ind.level > 0 && ind.kodeInduk !== "" ? this.byKode.get(ind.kodeInduk) : undefined;
      ind.parent = named && named.level === ind.level - 1 && named !== ind ? named : undefined;
      if (ind.parent) parents.add(ind.parent);
    }
    for (const p of parents) {
      if (this.byKode.get(p.kode) !== p && p.children.length === 0) continue;
      // Children in sheet order: the Kode Induk group is in model order, and all sit one level below.
      const children = (this.induks.get(p.kode) ?? []).filter((c) => c.parent === p);
      p.children = children.length > 0 ? children : NO_CHILDREN;
    }
    this.gone = [];
    this.added = [];
  }
}

function push(map: Map<string, Indicator[]>, key: string, ind: Indicator): void {
  const list = map.get(key);
  if (list) list.push(ind);
  else map.set(key, [ind]);
}

function remove(map: Map<string, Indicator[]>, key: string, ind: Indicator): void {
  const list = map.get(key);
  const at = list ? list.indexOf(ind) : -1;
  if (at < 0) return;
  list!.splice(at, 1);
  if (list!.length === 0) map.delete(key);
}

/** Inserts in model order: by level, then row. */
function insert(map: Map<string, Indicator[]>, key: string, ind: Indicator): void {
  const list = map.get(key);
  if (!list) {
    map.set(key, [ind]);
    return;
  }
  let at = list.length;
  while (at > 0 && before(ind, list[at - 1]!)) at--;
  list.splice(at, 0, ind);
}

function before(a: Indicator, b: Indicator): boolean {
  return a.level < b.level || (a.level === b.level && a.row < b.row);
}
