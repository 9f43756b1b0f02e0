import { parseA1 } from "../../a1";
import { nameKey } from "../../text";
import { importNote, type ImportNote } from "../importNote";
import { LABELS } from "./roleLabel";

/** A role a planner can give a column: the import's vocabulary, as data. */
export type MapRole =
  | { readonly kind: "skip" }
  /** `level`: a level's name (`Program`) or kind word (`Sasaran`); resolved against the mapping. */
  | { readonly kind: "uraian" | "indikator"; readonly level?: string }
  | { readonly kind: "target"; readonly year: number }
  | { readonly kind: "realisasi"; readonly year: number; readonly quarter?: 1 | 2 | 3 | 4 }
  | { readonly kind: keyof typeof LABELS };

/** One planner's change to the detected mapping: column (0-based) → role. */
export interface ColumnOverride {
  readonly col: number;
  readonly role: MapRole;
  /** The words the planner used (`pokin import --map`), quoted in the reason; else the role's own. */
  readonly text?: string;
}

/** One `--map` entry that could not be read. */
export interface MapProblem {
  readonly entry: string;
  readonly message: ImportNote;
}

/** The value that means "skip this column". */
const SKIP = "Lewati";

/**
 * A role in the words `--map` takes: `Target 2026`, `Realisasi 2025 TW2`, `Uraian Program`, `Lewati`.
 * @example mapRoleText({ kind: "realisasi", year: 2025, quarter: 2 }) // "Realisasi 2025 TW2"
 */
export function mapRoleText(role: MapRole): string {
  switch (role.kind) {
    case "skip":
      return SKIP;
    case "uraian":
    case "indikator":
      return `${role.kind === "uraian" ? "Uraian" : "Indikator"}${role.level ? ` ${role.level}` : ""}`;
    case "target":
      return `Target ${role.year}`;
    case "realisasi":
      return `Realisasi ${role.year}${role.quarter ? ` TW${role.quarter}` : ""}`;
    default:
      return LABELS[role.kind];
  }
}

/**
 * `pokin import --map "F=Target 2025,G=Indikator Program,J=Lewati"` as structured overrides,
 * the form the pane hands the import directly. Entries that cannot be read are reported.
 * @example parseMapOverrides("F=Target 2026").overrides // [{ col: 5, role: { kind: "target", year: 2026 }, text: "Target 2026" }]
 */
export function parseMapOverrides(spec: string): { overrides: ColumnOverride[]; problems: MapProblem[] } {
  const overrides: ColumnOverride[] = [];
  const problems: MapProblem[] = [];
  for (const entry of spec
    .split(",")
    .map((e) => e.trim())
    .filter((e) => e !== "")) {
    const m = /^([A-Za-z]{1,3})\s*=\s*(.+)$/.exec(entry);
    const col = m ? parseA1(`${m[1]}1`)?.col : undefined;
    const role = m && col !== undefined ? parseRole(m[2]!) : undefined;
    if (m && col !== undefined && role) overrides.push({ col, role, text: m[2]! });
    else {
      problems.push({
        entry,
        message: importNote(
          "problem.map-entry",
          `'${entry}' tidak dapat dibaca (contoh: F=Target 2025)`,
          `'${entry}' cannot be read (e.g. F=Target 2025)`,
          { args: { entry } },
        ),
      });
    }
  }
  return { overrides, problems };
}

/**
 * The changes an import was given, as data: `--map` text read first, then the structured ones.
 * @example overridesOf({ map: "F=Lewati" }).overrides // [{ col: 5, role: { kind: "skip" }, text: "Lewati" }]
 */
export function overridesOf(options: {
  readonly map?: string;
  readonly overrides?: readonly ColumnOverride[];
}): {
  overrides: ColumnOverride[];
  problems: MapProblem[];
} {
  const typed = options.map ? parseMapOverrides(options.map) : { overrides: [], problems: [] };
  return { overrides: [...typed.overrides, ...(options.overrides ?? [])], problems: typed.problems };
}

function parseRole(text: string): MapRole | undefined {
  const key = nameKey(text);
  if (/^(lewati|skip|-|abaikan|ignore)$/.test(key)) return { kind: "skip" };
  let m = /^(target|realisasi) ((?:19|20|21)\d\d)(?: (?:tw|triwulan) ?([1-4]))?$/.exec(key);
  if (m) {
    const year = Number(m[2]);
    if (m[1] === "target") return m[3] ? undefined : { kind: "target", year };
    return { kind: "realisasi", year, ...(m[3] ? { quarter: Number(m[3]) as 1 | 2 | 3 | 4 } : {}) };
  }
  m = /^(uraian|indikator)(?: (.+))?$/.exec(key);
  if (m) {
    // The level as typed (trimmed): matched against the mapping's levels when applied.
    const level = text.trim().replace(/^\S+\s*/, "");
    return { kind: m[1] === "uraian" ? "uraian" : "indikator", ...(level ? { level } : {}) };
  }
  const simple = (Object.keys(LABELS) as (keyof typeof LABELS)[]).find((k) => nameKey(LABELS[k]) === key);
  return simple ? { kind: simple } : undefined;
}
