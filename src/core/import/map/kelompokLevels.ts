import { nameKey } from "../../text";
import { groupKindOf } from "../detect/groupKindOf";
import type { RawGroup } from "../detect/readColumns";
import type { GroupDecision, GroupKind } from "../types";
import { groupDecision } from "./groupDecision";
import { ownerOf } from "./ownerOf";
import { placeUpper } from "./placeUpper";

/** Where the rows of each Kelompok value go, and the levels the workbook lacks for them. */
export interface KelompokPlacement {
  /** nameKey(value) → level index in `levels`. */
  readonly byValue: Readonly<Record<string, number>>;
  /** One decision per value, for the mapping shown to the planner. */
  readonly decisions: readonly GroupDecision[];
  readonly levels: string[];
  readonly newLevels: string[];
}

const KIND_ORDER: readonly GroupKind[] = ["visi", "misi", "tujuan", "sasaran", "other"];
const OWNER_ORDER = { pemda: 0, none: 1, agency: 2 } as const;

/**
 * Places a Kelompok list's values by owner, as column groups are (SPEC §6): `Tujuan PD`,
 * `Sasaran OPD`, `Sasaran Renstra` are the agency's levels, `Sasaran RPJMD`, `Tujuan RPD` the
 * Pemda's; in a Perangkat Daerah's own document plain `Tujuan`/`Sasaran` are the agency's; a
 * value without a level of its own gets a proposed new level (names never shift). Values are
 * ordered Pemda's before the agency's, then Visi, Misi, Tujuan, Sasaran. Undefined when no value
 * names an owner (and the document is not the agency's own): the values then fill the levels
 * above Program nearest first, as before.
 * @param values the Kelompok column's distinct values, as written
 * @param col the Kelompok column, for the reasons
 * @example kelompokLevels(["Tujuan PD", "Sasaran PD"], 0, DEFAULT_LEVELS, 2, false)?.newLevels // ["Sasaran OPD"]
 */
export function kelompokLevels(
  values: readonly string[],
  col: number,
  levels: readonly string[],
  prog: number,
  ownDocument: boolean,
): KelompokPlacement | undefined {
  const groups: RawGroup[] = values
    .map((label) => ({ col, label, kind: groupKindOf(label) ?? "other" }))
    .filter(
      (g) => g.kind !== "program" && g.kind !== "kegiatan" && g.kind !== "subkegiatan" && g.kind !== "list",
    );
  const owned = (g: RawGroup) =>
    ownerOf(g.label) ?? (ownDocument && (g.kind === "tujuan" || g.kind === "sasaran") ? "agency" : undefined);
  if (!groups.some(owned)) return undefined;
  const rank = (g: RawGroup) => OWNER_ORDER[owned(g) ?? "none"] * 10 + KIND_ORDER.indexOf(g.kind);
  groups.sort((a, b) => rank(a) - rank(b));
  const placed = placeUpper(
    groups,
    groups.map(() => undefined),
    groups.map((_, i) => i),
    levels,
    prog,
    ownDocument,
  );
  const byValue: Record<string, number> = {};
  const decisions = groups.map((g, i) => {
    const l = placed.groupLevels[i];
    if (typeof l === "number") byValue[nameKey(g.label)] = l;
    return groupDecision(g, typeof l === "number" ? l : undefined, placed.levels, placed.how[i]);
  });
  return { byValue, decisions, levels: placed.levels, newLevels: placed.newLevels };
}
