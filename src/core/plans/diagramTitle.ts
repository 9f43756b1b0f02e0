import { predikatLabel, type Predikat } from "../capaian/predikat";
import { MARK_FILLS, markMeaning, type MarkKind } from "../layout/boxMarks";
import { levelFill, PREDIKAT_FILLS } from "../layout/colors";
import type { DiagramOptions } from "../layout/diagramSelection";
import type { Model } from "../model/buildModel";
import type { Lang } from "../messages";
import { shownYear } from "../model/shownYear";

/**
 * The diagram's title: agency, region, year, and the subtree when one is chosen.
 * @example diagramTitle(model, { lang: "id", … }) // "POHON KINERJA Dinas Sosial Kabupaten Banjarnegara — TAHUN 2025"
 */
export function diagramTitle(model: Model, options: Pick<DiagramOptions, "year" | "root" | "lang">): string {
  const { perangkatDaerah, pemerintahDaerah } = model.settings;
  const year = shownYear(model.settings, options.year);
  const en = options.lang === "en";
  const who = [perangkatDaerah, pemerintahDaerah].filter((s) => s !== "").join(" ");
  const parts = [`${en ? "PERFORMANCE TREE" : "POHON KINERJA"}${who ? ` ${who}` : ""}`];
  if (year !== undefined) parts.push(`${en ? "YEAR" : "TAHUN"} ${year}`);
  if (options.root !== undefined) parts.push(`${en ? "subtree of Kode" : "subpohon Kode"} ${options.root}`);
  return parts.join(" — ");
}

/** One legend swatch: its text and fill. */
export interface LegendEntry {
  readonly text: string;
  readonly fill: string;
}

/**
 * The legend: one swatch per level shown, then the predikat bands when capaian is shown. A
 * printed diagram needs it: in grey, the level is read from the shade.
 * @param model for the level names
 * @param levels 0-based levels shown
 * @param bands predikat bands shown (empty when no box has a capaian)
 * @param marks diff marks shown (after a comparison)
 * @param lang language of the predikat labels
 * @returns the swatches in order
 * @example legendEntries(model, [0, 1], [], "id") // [{ text: "Tujuan RPD", fill: "#5585CC" }, …]
 */
export function legendEntries(
  model: Model,
  levels: readonly number[],
  bands: readonly Predikat[],
  lang: Lang,
  marks: readonly MarkKind[] = [],
): LegendEntry[] {
  return [
    ...levels.map((l) => ({ text: model.levels[l]?.name ?? `Level ${l + 1}`, fill: levelFill(l) })),
    ...bands.map((p) => ({
      text: `${lang === "en" ? "Achievement" : "Capaian"}: ${predikatLabel(p, lang)}`,
      fill: PREDIKAT_FILLS[p],
    })),
    // After a comparison: what each tag means (SPEC §12).
    ...marks.map((m) => ({ text: markMeaning(m, lang), fill: MARK_FILLS[m] })),
  ];
}
