import { nameKey } from "../../text";
import type { ImportMapping } from "../types";

/**
 * Drops the proposed new levels no group goes to any more (the planner mapped the group
 * elsewhere or skipped it with `--map`), shifting the levels below up.
 * @example pruneNewLevels(mapping).newLevels // [] once `--map "F=Lewati"` skipped the Sasaran PD group
 */
export function pruneNewLevels(mapping: ImportMapping): ImportMapping {
  const used = new Set([
    ...mapping.groups.map((g) => g.level).filter((l): l is number => typeof l === "number"),
    ...Object.values(mapping.kelompokLevels ?? {}),
  ]);
  const drop = mapping.levels
    .map((name, l) => ({ name, l }))
    .filter((x) => mapping.newLevels.some((n) => nameKey(n) === nameKey(x.name)) && !used.has(x.l))
    .map((x) => x.l);
  if (drop.length === 0) return mapping;
  const shift = (l: number) => l - drop.filter((d) => d < l).length;
  const kindLevels = Object.fromEntries(
    Object.entries(mapping.kindLevels).map(([k, l]) => [k, l === undefined ? l : shift(l)]),
  );
  return {
    ...mapping,
    levels: mapping.levels.filter((_, l) => !drop.includes(l)),
    newLevels: mapping.newLevels.filter((n) => !drop.some((d) => nameKey(mapping.levels[d]!) === nameKey(n))),
    groups: mapping.groups.map((g) => (typeof g.level === "number" ? { ...g, level: shift(g.level) } : g)),
    kindLevels,
    ...(mapping.kelompokLevels
      ? {
          kelompokLevels: Object.fromEntries(
            Object.entries(mapping.kelompokLevels).map(([k, l]) => [k, shift(l)]),
          ),
        }
      : {}),
  };
}
