import type { Model } from "../model/buildModel";
import { nameKey } from "../text";

/** The levels the Kepmendagri nomenclature codes: each with its number of code parts. */
export type NomenklaturLevel = "program" | "kegiatan" | "subKegiatan";

/** Parts of a full code per level: Program X.XX.NN, Kegiatan X.XX.NN.N.NN, Sub Kegiatan + .NNNN. */
export const CODE_PARTS: Readonly<Record<NomenklaturLevel, number>> = {
  program: 3,
  kegiatan: 5,
  subKegiatan: 6,
};

/**
 * Which nomenclature level a level sheet is, by its name (SPEC §6: levels are matched by name).
 * @param name the level's name
 * @returns the kind, or undefined for a level the nomenclature does not code (Tujuan, Sasaran)
 * @example nomenklaturLevel("Sub  Kegiatan") // "subKegiatan"; nomenklaturLevel("Tujuan OPD") // undefined
 */
export function nomenklaturLevel(name: string): NomenklaturLevel | undefined {
  const key = nameKey(name);
  if (/^sub[ -]?kegiatan(?![a-z])/.test(key)) return "subKegiatan";
  if (/^kegiatan(?![a-z])/.test(key)) return "kegiatan";
  if (/^program(?![a-z])/.test(key)) return "program";
  return undefined;
}

/**
 * The index of the Kegiatan level: the level so named, else the second lowest of three or more
 * (the default five levels put it there). Levels above it hold outcomes (PermenPANRB 89/2021).
 * @example kegiatanIndex(buildModel({ sheets: [] })) // 3
 */
export function kegiatanIndex(model: Model): number | undefined {
  const named = model.levels.find((l) => nomenklaturLevel(l.name) === "kegiatan");
  if (named) return named.index;
  return model.levels.length >= 3 ? model.levels.length - 2 : undefined;
}
