import {
  mapRoleText,
  roleLabel,
  type ColumnOverride,
  type ImportMapping,
  type MapRole,
  type Role,
} from "../core/import";
import type { Msg } from "../core/messages";

/**
 * One choice of a column's role: the role as data (what the import takes), its key in the
 * drop-down (`Target 2026`, never parsed) and what the planner reads.
 */
export interface RoleOption {
  readonly value: string;
  readonly role: MapRole;
  readonly label: Msg;
}

/** The roles named by a word alone, in the order the drop-down lists them. */
const SIMPLE = [
  "kode",
  "kodeInduk",
  "nomenklatur",
  "satuan",
  "baseline",
  "polaritas",
  "sifat",
  "penanggungJawab",
  "crosscutting",
  "keterangan",
] as const;

/**
 * Every role a column can be given: skip, Uraian and Indikator of each level, the level-sheet
 * columns, and Target and Realisasi for the years around the template's (quarters for the
 * template's year).
 * @example roleOptions(mapping).map((o) => o.value) // ["Lewati", "Uraian Tujuan RPD", …]
 */
export function roleOptions(mapping: ImportMapping): RoleOption[] {
  const years = new Set<number>([mapping.year]);
  for (const c of mapping.columns)
    if (c.role.kind === "target" || c.role.kind === "realisasi") years.add(c.role.year);
  const from = Math.min(...years);
  const to = Math.min(Math.max(...years), from + 9);
  const option = (role: MapRole, label?: Msg): RoleOption => {
    const value = mapRoleText(role);
    return { value, role, label: label ?? { id: value, en: value } };
  };
  const out: RoleOption[] = [
    option({ kind: "skip" }, { id: "Lewati (tidak diimpor)", en: "Skip (not imported)" }),
  ];
  for (const level of mapping.levels) {
    out.push(option({ kind: "uraian", level }, roleLabel({ kind: "uraian" }, level)));
    out.push(option({ kind: "indikator", level }, roleLabel({ kind: "indikator" }, level)));
  }
  out.push(...SIMPLE.map((kind) => option({ kind })));
  for (let y = from; y <= to; y++)
    out.push(option({ kind: "target", year: y }), option({ kind: "realisasi", year: y }));
  for (const q of [1, 2, 3, 4] as const)
    out.push(option({ kind: "realisasi", year: mapping.year, quarter: q }));
  return out;
}

/**
 * The role a column's decision is, or undefined when the vocabulary has no word for it (a split
 * official code, a Kelompok column, a parent's indicator): it is then shown as it is.
 * @example currentRole(mapping, mapping.columns[0]!) // { kind: "uraian", level: "Tujuan RPD" }
 */
export function currentRole(
  mapping: ImportMapping,
  column: { role: Role; group: number },
): MapRole | undefined {
  const role = column.role;
  const level = mapping.groups[column.group]?.level;
  const name = typeof level === "number" ? mapping.levels[level] : undefined;
  switch (role.kind) {
    case "skip":
      return { kind: "skip" };
    case "uraian":
      return name ? { kind: "uraian", level: name } : undefined;
    case "indikator":
      return name && !role.scope ? { kind: "indikator", level: name } : undefined;
    case "codePart":
    case "kelompok":
      return undefined;
    default:
      return role;
  }
}

/**
 * The planner's changes as the import takes them: column → role, columns in order.
 * @example mapOverrides(new Map([[6, { kind: "skip" }]])) // [{ col: 6, role: { kind: "skip" } }]
 */
export function mapOverrides(changes: ReadonlyMap<number, MapRole>): ColumnOverride[] {
  return [...changes].sort((a, b) => a[0] - b[0]).map(([col, role]) => ({ col, role }));
}
