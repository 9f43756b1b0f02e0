import type { Model } from "../model/buildModel";
import type { Lang } from "../messages";
import { CASCADING_SHEET } from "../sheets";
import type { PlanValue } from "./types";

/** Columns per level in the Cascading matrix: Kode, Uraian, Indikator, Satuan, Target. */
export const CASCADING_GROUP = 5;

/**
 * The Cascading matrix's two header rows: the level names over their column groups, then the
 * column headers, named the way Bappeda matrices name them ("Program", "Indikator Program"),
 * so importing the sheet gives the tree back.
 * @param levels the model's levels
 * @param year the year of the Target column (undefined: "Target")
 * @returns the group row and the header row
 * @example cascadingHeader(model.levels, 2025).header[4] // "Target 2025"
 */
export function cascadingHeader(
  levels: Model["levels"],
  year: number | undefined,
): { group: PlanValue[]; header: PlanValue[] } {
  const group = Array<PlanValue>(Math.max(1, levels.length) * CASCADING_GROUP).fill(null);
  levels.forEach((level, l) => (group[l * CASCADING_GROUP] = level.name));
  const header = levels.flatMap((level) => [
    "Kode",
    level.name,
    `Indikator ${level.name}`,
    "Satuan",
    year === undefined ? "Target" : `Target ${year}`,
  ]);
  return { group, header };
}

/**
 * The sheet's title and its printed page header: the agency and the year.
 * @example cascadingTitles(model, 2025, "id").title // "CASCADING KINERJA Dinas X Kabupaten Y — TAHUN 2025"
 */
export function cascadingTitles(
  model: Model,
  year: number | undefined,
  lang: Lang,
): { title: string; pageHeader: string } {
  const { perangkatDaerah, pemerintahDaerah } = model.settings;
  const who = [perangkatDaerah, pemerintahDaerah].filter((s) => s !== "").join(" ");
  const title = `${lang === "en" ? "PERFORMANCE CASCADE" : "CASCADING KINERJA"}${who ? ` ${who}` : ""}${year === undefined ? "" : ` — ${lang === "en" ? "YEAR" : "TAHUN"} ${year}`}`;
  const pageHeader = [perangkatDaerah, pemerintahDaerah, `${CASCADING_SHEET}${year ? ` ${year}` : ""}`]
    .filter((s) => s !== "")
    .join(" — ");
  return { title, pageHeader };
}
