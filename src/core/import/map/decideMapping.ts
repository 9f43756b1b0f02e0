import { nameKey } from "../../text";
import type { RawColumn, RawGroup } from "../detect/readColumns";
import { columnDecision } from "./columnDecision";
import { groupDecision, namesLevel } from "./groupDecision";
import type { HeaderInfo } from "../detect/detectHeader";
import { markSameYear } from "./markSameYear";
import { placeUpper } from "./placeUpper";
import { kelompokLevels } from "./kelompokLevels";
import { groupKindOf } from "../detect/groupKindOf";
import type { YearContext } from "./templateYear";
import type { GroupDecision, GroupKind, ImportMapping } from "../types";

/** Kinds above Program, top to bottom; a list's kelompok values are placed in this order. */
const UPPER: readonly GroupKind[] = ["visi", "misi", "tujuan", "sasaran", "other"];

/**
 * Decides the layout and which workbook level each group goes to (SPEC §6): Program, Kegiatan
 * and Sub Kegiatan groups to those levels (or a group named exactly like a level to it); the
 * groups above fill the levels above in order, nearest first; a list column is "per row".
 * Years are resolved and every decision gets a reason a planner can read.
 * A Kelompok list's values are placed by owner when one names it ({@link kelompokLevels}), else
 * they fill the levels above Program in order, nearest first.
 * @param kelompok the Kelompok column and its distinct values (Tujuan, Sasaran PD …), if any
 * @example decideMapping("Renja", header, columns, groups, DEFAULT_LEVELS, undefined, years).groups[0]?.level
 */
export function decideMapping(
  sheet: string,
  header: HeaderInfo,
  rawColumns: readonly RawColumn[],
  rawGroups: readonly RawGroup[],
  workbookLevels: readonly string[],
  kelompok: { readonly col: number; readonly values: readonly string[] } | undefined,
  years: YearContext,
  ownDocument = false,
): ImportMapping {
  const fixedOf = (names: readonly string[]): Partial<Record<GroupKind, number>> => {
    const find = (name: string, fallback: number) => {
      const i = names.findIndex((l) => nameKey(l) === name);
      return i >= 0 ? i : Math.max(0, fallback);
    };
    return {
      program: find("program", names.length - 3),
      kegiatan: find("kegiatan", names.length - 2),
      subkegiatan: find("sub kegiatan", names.length - 1),
    };
  };
  const initial = rawGroups.map((g) => {
    const exact = workbookLevels.findIndex((l) => nameKey(l) === g.band || nameKey(l) === nameKey(g.label));
    if (exact >= 0) return exact;
    return g.kind === "list" ? "list" : fixedOf(workbookLevels)[g.kind];
  });
  const prog0 = fixedOf(workbookLevels).program!;
  const firstLow = initial.findIndex((l) => l === "list" || (typeof l === "number" && l >= prog0));
  const upper = rawGroups
    .map((_, i) => i)
    .filter((i) => (firstLow < 0 || i < firstLow) && initial[i] === undefined);
  const placed = placeUpper(rawGroups, initial, upper, workbookLevels, prog0, ownDocument);
  let { groupLevels, levels } = placed;
  const byOwner =
    kelompok && kelompokLevels(kelompok.values, kelompok.col, levels, fixedOf(levels).program!, ownDocument);
  if (byOwner) {
    const old = levels;
    groupLevels = groupLevels.map((l) => (typeof l === "number" ? byOwner.levels.indexOf(old[l]!) : l));
    levels = byOwner.levels;
  }
  const fixed = fixedOf(levels);
  const taken = new Set(groupLevels.filter((l): l is number => typeof l === "number"));
  let next = fixed.program! - 1;
  const kindLevels: Partial<Record<GroupKind, number>> = { ...fixed };
  const kinds = (kelompok?.values ?? []).map((v) => groupKindOf(v) ?? "other");
  for (const kind of UPPER.filter((k) => kinds.includes(k)).reverse()) {
    const owned =
      byOwner &&
      kelompok!.values.find((v, i) => kinds[i] === kind && byOwner.byValue[nameKey(v)] !== undefined);
    if (owned) kindLevels[kind] = byOwner.byValue[nameKey(owned)];
    if (owned) continue;
    while (taken.has(next)) next--;
    if (next >= 0) kindLevels[kind] = next--;
  }
  const groups: GroupDecision[] = rawGroups.map((g, i) => {
    const l = groupLevels[i];
    const named = typeof l === "number" && namesLevel(g, levels[l] ?? "");
    const how = named ? "by-name" : (placed.how[i] ?? (i === firstLow ? "lowest" : "by-order"));
    return groupDecision(g, l, levels, how);
  });
  const hasList = groupLevels.includes("list");
  const columns = markSameYear(rawColumns.map((c) => columnDecision(c, groups, hasList, years, levels)));
  return {
    sheet,
    headerTop: header.rows[0] ?? 0,
    headerBottom: header.rows[header.rows.length - 1] ?? 0,
    ...(header.numberingRow !== undefined ? { numberingRow: header.numberingRow } : {}),
    dataStart: header.dataStart,
    layout: hasList ? "list" : "matrix",
    columns,
    groups,
    levels: [...levels],
    newLevels: [...placed.newLevels, ...(byOwner?.newLevels ?? [])],
    kindLevels,
    ...(byOwner ? { kelompokLevels: byOwner.byValue, kelompok: byOwner.decisions } : {}),
    year: years.year,
  };
}
