import { cleanText } from "../text";
import type { StatementBox } from "./boxes";

export interface SelectOptions {
  /** Only the box holding this Kode and everything under it. */
  readonly root?: string;
  /** Only this many levels, counted from the top shown (the root box's level with `root`). */
  readonly depth?: number;
}

/** A node of the tree that is drawn: a box and the children kept by the filters. */
export interface DiagramNode {
  readonly box: StatementBox;
  readonly children: readonly DiagramNode[];
}

export type Selection =
  | { readonly roots: readonly DiagramNode[]; readonly problem?: undefined }
  | { readonly roots?: undefined; readonly problem: { readonly id: string; readonly en: string } };

/**
 * Applies the subtree (`--root KODE`) and depth (`--depth N`) options. The root is the whole
 * statement box that holds the Kode (a box is one statement, so its subtree is the
 * statement's), with everything under it.
 * @param roots the top boxes from buildBoxes
 * @param options root Kode and depth
 * @returns the trees to draw, or a bilingual problem when the Kode or depth is not usable
 * @example selectBoxes(roots, { depth: 2 }) // only the two top levels
 */
export function selectBoxes(roots: readonly StatementBox[], options: SelectOptions): Selection {
  const { depth } = options;
  if (depth !== undefined && (!Number.isInteger(depth) || depth < 1)) {
    return {
      problem: {
        id: `Kedalaman harus bilangan bulat ≥ 1, terbaca ${depth}.`,
        en: `Depth must be a whole number ≥ 1, found ${depth}.`,
      },
    };
  }
  let top: readonly StatementBox[] = roots;
  let minLevel = 0;
  if (options.root !== undefined) {
    const kode = cleanText(options.root);
    const found = findBox(roots, kode);
    if (!found) {
      return {
        problem: {
          id: `Kode '${kode}' tidak ditemukan di pohon kinerja.`,
          en: `Kode '${kode}' is not in the performance tree.`,
        },
      };
    }
    top = [found];
    minLevel = found.level;
  }
  const limit = depth === undefined ? Infinity : minLevel + depth;
  // Explicit stack: a deep sheet must not overflow the call stack.
  const out = top.filter((b) => b.level < limit).map(node);
  const stack = [...out];
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (const child of current.box.children) {
      if (child.level >= limit) continue;
      const n = node(child);
      current.children.push(n);
      stack.push(n);
    }
  }
  return { roots: out };
}

function node(box: StatementBox): { box: StatementBox; children: DiagramNode[] } {
  return { box, children: [] };
}

function findBox(roots: readonly StatementBox[], kode: string): StatementBox | undefined {
  const stack = [...roots];
  while (stack.length > 0) {
    const box = stack.pop()!;
    if (box.indicators.some((i) => i.kode === kode)) return box;
    stack.push(...box.children);
  }
  return undefined;
}
