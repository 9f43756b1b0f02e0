import { nameKey } from "../../text";
import { groupKindOf } from "../detect/groupKindOf";
import type { GroupKind } from "../types";

/** Whose statement a level or a group holds: the Pemda's (RPJMD/RPD) or the agency's (PD/OPD). */
export type Owner = "pemda" | "agency";

const AGENCY = /\b(pd|opd|skpd|perangkat daerah|renstra|renja|dinas|badan)\b/;
const PEMDA = /\b(rpjmd|rpd|rpjpd|misi|pemda|kabupaten|kota|provinsi)\b|\bdaerah\b/;

/**
 * The owner a header or a level name states: `Tujuan PD`, `Sasaran OPD`, `Sasaran Renstra` are
 * the agency's; `Sasaran RPJMD`, `Tujuan RPD`, `Tujuan Misi` the Pemda's; plain `Tujuan` none.
 * @example ownerOf("Sasaran Perangkat Daerah") // "agency"
 */
export function ownerOf(text: string): Owner | undefined {
  const t = nameKey(text);
  if (AGENCY.test(t)) return "agency";
  if (PEMDA.test(t.replace(/perangkat daerah/g, ""))) return "pemda";
  return undefined;
}

/** A level above Program, or an upper group, by owner and statement kind. */
export interface Upper {
  readonly owner?: Owner;
  readonly kind?: GroupKind;
}

/**
 * The owner and kind of a workbook level's name (`Tujuan OPD` → agency, tujuan).
 * @example levelUpper("Tujuan RPD") // { owner: "pemda", kind: "tujuan" }
 */
export function levelUpper(name: string): Upper {
  const owner = ownerOf(name);
  const kind = groupKindOf(name);
  return { ...(owner ? { owner } : {}), ...(kind ? { kind } : {}) };
}

/**
 * The name of a level the workbook lacks: the group's kind and the suffix of the workbook's
 * other levels of the same owner (`OPD` from `Tujuan OPD`), else OPD/RPD.
 * @example newLevelName("sasaran", "agency", ["Tujuan RPD", "Tujuan OPD"]) // "Sasaran OPD"
 */
export function newLevelName(kind: GroupKind, owner: Owner, levels: readonly string[]): string {
  const word = kind === "sasaran" ? "Sasaran" : kind === "tujuan" ? "Tujuan" : "Uraian";
  const same = levels.find((l) => ownerOf(l) === owner && l.includes(" "));
  const suffix = same ? same.slice(same.lastIndexOf(" ") + 1) : owner === "agency" ? "OPD" : "RPD";
  let name = `${word} ${suffix}`;
  for (let k = 2; levels.some((l) => nameKey(l) === nameKey(name)); k++) name = `${word} ${suffix} ${k}`;
  return name;
}
