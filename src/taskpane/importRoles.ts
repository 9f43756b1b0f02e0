import { columnLetters } from "../core/a1";
import { roleLabel, type ImportMapping, type Role } from "../core/import";
import type { Msg } from "../core/messages";

/** One choice of a column's role: what `--map` reads (`Target 2026`) and what the planner reads. */
export interface RoleOption {
  readonly value: string;
  readonly label: Msg;
}

const SIMPLE = [
  "Kode",
  "Kode Induk",
  "Kode Nomenklatur",
  "Satuan",
  "Baseline",
  "Polaritas",
  "Sifat",
  "Penanggung Jawab",
  "Crosscutting",
  "Keterangan",
] as const;

/** The value that means "skip this column" in `--map`. */
const SKIP = "Lewati";

/**
 * Every role a column can be given, in the import's vocabulary (`applyMapOverrides` reads each
 * value): skip, Uraian and Indikator of each level, the level-sheet columns, and Target and
 * Realisasi for the years around the template's (quarters for the template's year).
 * @example roleOptions(mapping).map((o) => o.value) // ["Lewati", "Uraian Tujuan RPD", …]
 */
export function roleOptions(mapping: ImportMapping): RoleOption[] {
  const years = new Set<number>([mapping.year]);
  for (const c of mapping.columns)
    if (c.role.kind === "target" || c.role.kind === "realisasi") years.add(c.role.year);
  const from = Math.min(...years);
  const to = Math.min(Math.max(...years), from + 9);
  const same = (text: string): RoleOption => ({ value: text, label: { id: text, en: text } });
  const out: RoleOption[] = [
    { value: SKIP, label: { id: "Lewati (tidak diimpor)", en: "Skip (not imported)" } },
  ];
  for (const level of mapping.levels) {
    out.push({ value: `Uraian ${level}`, label: roleLabel({ kind: "uraian" }, level) });
    out.push({ value: `Indikator ${level}`, label: roleLabel({ kind: "indikator" }, level) });
  }
  out.push(...SIMPLE.map(same));
  for (let y = from; y <= to; y++) out.push(same(`Target ${y}`), same(`Realisasi ${y}`));
  for (const q of [1, 2, 3, 4]) out.push(same(`Realisasi ${mapping.year} TW${q}`));
  return out;
}

/**
 * The option a column's decided role is, or undefined when the vocabulary has no word for it
 * (a split official code, a Kelompok column, a parent's indicator): it is then shown as it is.
 * @example currentRole(mapping, mapping.columns[0]!) // "Uraian Tujuan RPD"
 */
export function currentRole(
  mapping: ImportMapping,
  column: { role: Role; group: number },
): string | undefined {
  const role = column.role;
  const level = mapping.groups[column.group]?.level;
  const name = typeof level === "number" ? mapping.levels[level] : undefined;
  switch (role.kind) {
    case "skip":
      return SKIP;
    case "uraian":
      return name ? `Uraian ${name}` : undefined;
    case "indikator":
      return name && !role.scope ? `Indikator ${name}` : undefined;
    case "target":
      return `Target ${role.year}`;
    case "realisasi":
      return `Realisasi ${role.year}${role.quarter ? ` TW${role.quarter}` : ""}`;
    case "codePart":
    case "kelompok":
      return undefined;
    default:
      return roleLabel(role).id;
  }
}

/**
 * The planner's changes as `--map` text, columns in order.
 * @example mapText(new Map([[6, "Lewati"], [5, "Target 2026"]])) // "F=Target 2026,G=Lewati"
 */
export function mapText(changes: ReadonlyMap<number, string>): string {
  return [...changes]
    .sort((a, b) => a[0] - b[0])
    .map(([col, value]) => `${columnLetters(col)}=${value}`)
    .join(",");
}
