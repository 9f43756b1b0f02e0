import type { CellPos } from "../sheet";
import { isReservedSheet } from "../sheets";
import { nameKey } from "../text";
import type { SettingsProblem } from "./settings";

/** The five levels of SPEC §3.2, top to bottom. */
export const DEFAULT_LEVELS = ["Tujuan RPD", "Tujuan OPD", "Program", "Kegiatan", "Sub Kegiatan"] as const;

/** A `Level N` entry of Pengaturan: its number, the sheet it names, and where it sits. */
export interface LevelEntry {
  readonly n: number;
  readonly name: string;
  readonly cell: CellPos;
}

/**
 * The level sheet names from Pengaturan's `Level N` entries (SPEC §3.1): 2–10 levels numbered
 * from 1 without gaps, no sheet named twice, none named like one of Pokin's own sheets
 * (`Cascading`, `Hasil Pemeriksaan`, `Pengaturan`, … — a build would rewrite it). Otherwise a problem at the offending entry and the
 * default levels; no entry at all means the defaults, silently.
 * @param entries the `Level N` entries in sheet order
 * @param problems where an invalid list is reported
 * @returns the level sheet names, top to bottom
 * @example readLevels([{ n: 1, name: "Tujuan", cell }, { n: 2, name: "Program", cell }], []) // ["Tujuan", "Program"]
 */
export function readLevels(entries: readonly LevelEntry[], problems: SettingsProblem[]): string[] {
  if (entries.length === 0) return [...DEFAULT_LEVELS];
  const sorted = [...entries].sort((a, b) => a.n - b.n);
  const names = sorted.map((e) => e.name);
  const gap = sorted.findIndex((e, i) => e.n !== i + 1);
  const dup = names.findIndex((n, i) => names.findIndex((m) => nameKey(m) === nameKey(n)) !== i);
  const reserved = sorted.findIndex((e) => isReservedSheet(e.name));
  const bad =
    sorted.length < 2 || sorted.length > 10
      ? {
          id: `Jumlah level harus 2–10, terbaca ${sorted.length}.`,
          en: `There must be 2–10 levels, found ${sorted.length}.`,
        }
      : gap >= 0
        ? {
            id: `Level harus bernomor urut dari 1; Level ${sorted[gap]!.n} tidak berurutan.`,
            en: `Levels must be numbered from 1 without gaps; Level ${sorted[gap]!.n} is out of sequence.`,
          }
        : dup >= 0
          ? {
              id: `Lembar '${names[dup]}' disebut dua kali sebagai level.`,
              en: `Sheet '${names[dup]}' is named twice as a level.`,
            }
          : reserved >= 0
            ? {
                id: `Level ${sorted[reserved]!.n} '${sorted[reserved]!.name}' memakai nama lembar milik Pokin; beri lembar level nama lain.`,
                en: `Level ${sorted[reserved]!.n} '${sorted[reserved]!.name}' takes the name of one of Pokin's own sheets; give the level sheet another name.`,
              }
            : undefined;
  if (!bad) return names;
  const at =
    gap >= 0 ? sorted[gap]! : dup >= 0 ? sorted[dup]! : reserved >= 0 ? sorted[reserved]! : sorted[0]!;
  problems.push({
    cell: at.cell,
    message: { id: `${bad.id} Level bawaan dipakai.`, en: `${bad.en} The default levels are used.` },
  });
  return [...DEFAULT_LEVELS];
}
