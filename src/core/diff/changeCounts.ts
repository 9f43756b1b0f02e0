import type { Lang } from "../messages";
import type { Change, ChangeKind } from "./types";

const WORDS: Record<ChangeKind, Record<Lang, string>> = {
  added: { id: "ditambahkan", en: "added" },
  removed: { id: "dihapus", en: "removed" },
  recoded: { id: "kode diubah", en: "re-coded" },
  moved: { id: "dipindah", en: "moved" },
  changed: { id: "nilai diubah", en: "values changed" },
};

/**
 * The counts of a list of changes in one phrase, kinds with none left out.
 * @example changeCounts([added, changed, changed], "id") // "3 perubahan: 1 ditambahkan, 2 nilai diubah"
 */
export function changeCounts(changes: readonly Change[], lang: Lang): string {
  const total =
    lang === "en"
      ? `${changes.length} change${changes.length === 1 ? "" : "s"}`
      : `${changes.length} perubahan`;
  const parts = (Object.keys(WORDS) as ChangeKind[])
    .map((k) => [k, changes.filter((c) => c.kind === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${WORDS[k][lang]}`);
  return parts.length > 0 ? `${total}: ${parts.join(", ")}` : total;
}
