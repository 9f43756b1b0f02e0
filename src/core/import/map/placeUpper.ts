import type { RawGroup } from "../detect/readColumns";
import type { GroupHow } from "./groupDecision";
import { levelUpper, newLevelName, ownerOf, type Owner } from "./ownerOf";

/** Where the groups above Program went, and the levels the workbook lacks for them. */
export interface UpperPlacement {
  /** Per group, its level (indices into `levels`), or undefined. */
  readonly groupLevels: (number | "list" | undefined)[];
  readonly how: (GroupHow | undefined)[];
  /** The workbook's levels with the proposed new ones inserted. */
  readonly levels: string[];
  /** The names of the proposed new levels. */
  readonly newLevels: string[];
}

/**
 * Places the groups above Program (SPEC §6): a group whose header names its owner goes to the
 * workbook level of the same owner and kind (`Tujuan PD` → `Tujuan OPD`), else to a free level
 * of that owner; plain `Tujuan`/`Sasaran` in a Perangkat Daerah's own document are the agency's;
 * the other plain groups fill the free levels above Program in order, nearest first. A group
 * still without a level is given a proposed new level (`Sasaran OPD`) in its place: names never
 * shift. Visi and Misi stay out unless a level is named so.
 * @param groupLevels the levels decided so far (by exact name, Program/Kegiatan/Sub Kegiatan)
 * @param upper the indices of the groups above Program still without a level, left to right
 * @param prog the index of Program
 * @param ownDocument the template is a Perangkat Daerah's own Renstra/Renja
 */
export function placeUpper(
  groups: readonly RawGroup[],
  groupLevels: readonly (number | "list" | undefined)[],
  upper: readonly number[],
  workbookLevels: readonly string[],
  prog: number,
  ownDocument: boolean,
): UpperPlacement {
  const at = [...groupLevels];
  const how: (GroupHow | undefined)[] = groups.map(() => undefined);
  const levels = [...workbookLevels];
  const newLevels: string[] = [];
  const taken = () => new Set(at.filter((l): l is number => typeof l === "number"));
  const owner = (i: number): Owner | undefined => {
    const g = groups[i]!;
    const said = ownerOf(g.band ?? "") ?? ownerOf(g.label);
    if (said) return said;
    return ownDocument && (g.kind === "tujuan" || g.kind === "sasaran") ? "agency" : undefined;
  };
  const placeable = upper.filter((i) => groups[i]!.kind !== "visi" && groups[i]!.kind !== "misi");
  /** Keeps the template's order: the level must lie between those of the groups around it. */
  const fits = (i: number, l: number) =>
    upper.every((j) => {
      const lj = at[j];
      if (typeof lj !== "number") return true;
      return j < i ? lj < l : j > i ? lj > l : true;
    });
  const free = (l: number) => l < prog && !taken().has(l);
  for (const i of placeable) {
    const o = owner(i);
    if (!o) continue;
    const same = levels.findIndex(
      (name, l) =>
        free(l) && fits(i, l) && levelUpper(name).owner === o && levelUpper(name).kind === groups[i]!.kind,
    );
    if (same >= 0) [at[i], how[i]] = [same, "by-owner"];
  }
  for (const i of placeable) {
    const o = owner(i);
    if (!o || at[i] !== undefined) continue;
    const l = levels.findIndex((name, k) => free(k) && fits(i, k) && levelUpper(name).owner === o);
    if (l >= 0) [at[i], how[i]] = [l, "by-owner"];
  }
  let next = prog - 1;
  for (const i of [...placeable].reverse()) {
    if (owner(i) || at[i] !== undefined) continue;
    while (next >= 0 && (!free(next) || !fits(i, next))) next--;
    if (next >= 0) [at[i], how[i]] = [next--, "by-order"];
  }
  for (const i of placeable) {
    const g = groups[i]!;
    if (at[i] !== undefined || (g.kind !== "tujuan" && g.kind !== "sasaran")) continue;
    const before = placeable.filter((j) => j < i && typeof at[j] === "number").map((j) => at[j] as number);
    const after = placeable.filter((j) => j > i && typeof at[j] === "number").map((j) => at[j] as number);
    const pos = before.length ? Math.max(...before) + 1 : after.length ? Math.min(...after) : prog;
    const name = newLevelName(g.kind, owner(i) ?? "pemda", levels);
    levels.splice(pos, 0, name);
    newLevels.push(name);
    for (let j = 0; j < at.length; j++)
      if (typeof at[j] === "number" && (at[j] as number) >= pos) at[j] = (at[j] as number) + 1;
    prog++;
    [at[i], how[i]] = [pos, "new-level"];
  }
  return { groupLevels: at, how, levels, newLevels };
}
