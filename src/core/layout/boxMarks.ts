import type { Lang } from "../messages";

/** What a comparison found about a box (SPEC §12): marked in the diagram after Bandingkan / `--diff`. */
export type MarkKind = "added" | "moved" | "changed";

/** The diff marks of a diagram: the Kode (in the newer workbook) of each marked row. */
export type DiagramMarks = ReadonlyMap<string, MarkKind>;

/** The mark's fill: light (black text stays readable, WCAG ≥ 4.5) and unlike any level or predikat fill. */
export const MARK_FILLS: Readonly<Record<MarkKind, string>> = {
  added: "#8FD8F0",
  moved: "#D5B3F5",
  changed: "#F7B0D2",
};

/** Which wins when a box's rows carry different marks. */
const RANK: Readonly<Record<MarkKind, number>> = { added: 3, moved: 2, changed: 1 };

const LABELS: Readonly<Record<MarkKind, Readonly<Record<Lang, string>>>> = {
  added: { id: "BARU", en: "NEW" },
  moved: { id: "DIPINDAH", en: "MOVED" },
  changed: { id: "DIUBAH", en: "CHANGED" },
};

const MEANINGS: Readonly<Record<MarkKind, Readonly<Record<Lang, string>>>> = {
  added: { id: "baris baru", en: "row added" },
  moved: { id: "Kode Induk berubah", en: "Kode Induk changed" },
  changed: { id: "isi atau Kode berubah", en: "content or Kode changed" },
};

/**
 * The tag a marked box carries.
 * @example markLabel("moved", "id") // "DIPINDAH"
 */
export function markLabel(kind: MarkKind, lang: Lang): string {
  return LABELS[kind][lang];
}

/**
 * The legend of the marks: what each tag means (shown beside the diagram whenever it has marks).
 * @example markLegend("en", ["added"]) // "Compared with the earlier version: NEW = row added."
 */
export function markLegend(lang: Lang, kinds: readonly MarkKind[] = ["added", "moved", "changed"]): string {
  const parts = kinds.map((k) => markMeaning(k, lang));
  return `${lang === "en" ? "Compared with the earlier version" : "Dibanding versi sebelumnya"}: ${parts.join("; ")}.`;
}

/**
 * One tag and what it means.
 * @example markMeaning("added", "id") // "BARU = baris baru"
 */
export function markMeaning(kind: MarkKind, lang: Lang): string {
  return `${LABELS[kind][lang]} = ${MEANINGS[kind][lang]}`;
}

/**
 * The strongest mark among a box's rows (added over moved over changed), or undefined.
 * @example boxMark(["1.1", "1.2"], new Map([["1.2", "changed"]])) // "changed"
 */
export function boxMark(kodes: readonly string[], marks: DiagramMarks | undefined): MarkKind | undefined {
  if (!marks || marks.size === 0) return undefined;
  let best: MarkKind | undefined;
  for (const k of kodes) {
    const m = marks.get(k);
    if (m && (!best || RANK[m] > RANK[best])) best = m;
  }
  return best;
}

/** Every mark kind present, in legend order. */
export function markKinds(marks: Iterable<MarkKind>): MarkKind[] {
  const seen = new Set(marks);
  return (["added", "moved", "changed"] as const).filter((k) => seen.has(k));
}
