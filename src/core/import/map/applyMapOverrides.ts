import { columnLetters } from "../../a1";
import { nameKey } from "../../text";
import { mapRoleText, type ColumnOverride, type MapRole } from "./columnOverride";
import { groupKindOf } from "../detect/groupKindOf";
import type { ColumnDecision, GroupDecision, ImportMapping, Role } from "../types";
import { importNote, type ImportNote } from "../importNote";

/**
 * Applies a planner's changes to the detected mapping: each sets a column's role (and, for
 * Uraian/Indikator of a level, its group's level). The pane gives them as data; `--map` text is
 * read into the same structure first (`parseMapOverrides`).
 * @returns the new mapping
 * @example applyMapOverrides(mapping, [{ col: 5, role: { kind: "target", year: 2026 } }]).columns // F is Target 2026
 */
export function applyMapOverrides(
  mapping: ImportMapping,
  overrides: readonly ColumnOverride[],
): ImportMapping {
  let columns = [...mapping.columns];
  let groups = [...mapping.groups];
  for (const override of overrides) {
    const col = override.col;
    const parsed = { ...resolve(override.role, mapping), text: override.text ?? mapRoleText(override.role) };
    let group = columns.find((c) => c.col === col)?.group ?? -1;
    if (parsed.level !== undefined && (parsed.role.kind === "uraian" || parsed.role.kind === "indikator")) {
      const g = groups.findIndex(
        (x) => x.col === col || (parsed.role.kind === "indikator" && x.level === parsed.level),
      );
      if (parsed.role.kind === "uraian") {
        const decision = {
          label: parsed.text,
          kind: "other" as const,
          col,
          level: parsed.level,
          confidence: 1,
          reason: byPlanner(col, parsed.text),
        };
        if (g >= 0 && groups[g]!.col === col) groups[g] = decision;
        else {
          // A new group shifts the later ones: the columns keep pointing at their own group.
          const before = groups;
          groups = [...groups, decision].sort((a, b) => a.col - b.col);
          columns = columns.map((c) =>
            c.group >= 0 ? { ...c, group: groups.indexOf(before[c.group]!) } : c,
          );
        }
        group = groups.findIndex((x) => x.col === col);
      } else if (g >= 0) group = g;
    }
    const decision: ColumnDecision = {
      col,
      header: columns.find((c) => c.col === col)?.header ?? "",
      role: parsed.role,
      group,
      confidence: 1,
      reason: byPlanner(col, parsed.text),
    };
    columns = [...columns.filter((c) => c.col !== col), decision].sort((a, b) => a.col - b.col);
    // Skipping a group's statement column drops the group (and a level proposed for it).
    if (parsed.role.kind === "skip")
      groups = groups.map((g) =>
        g.col === col ? { ...g, level: undefined, reason: byPlanner(col, parsed.text) } : g,
      );
  }
  return { ...mapping, columns: adopt(columns, groups), groups };
}

/**
 * Columns that belonged to no group (none was found before the planner named one) join the
 * nearest group on their left, else on their right, as detection ties them.
 */
function adopt(columns: readonly ColumnDecision[], groups: readonly GroupDecision[]): ColumnDecision[] {
  if (groups.length === 0) return [...columns];
  return columns.map((c) => {
    if (c.group >= 0 || c.role.kind === "skip") return c;
    const left = groups.filter((g) => g.col < c.col).length - 1;
    return { ...c, group: left >= 0 ? left : 0 };
  });
}

function byPlanner(col: number, text: string): ImportNote {
  return importNote(
    "group.by-user",
    `kolom ${columnLetters(col)} → ${text} (ditetapkan pengguna)`,
    `column ${columnLetters(col)} → ${text} (set by the user)`,
    { args: { column: columnLetters(col), role: text } },
  );
}

/** The mapping's role for a planner's role, with its level's index where it names one. */
function resolve(role: MapRole, mapping: ImportMapping): { role: Role; level?: number } {
  switch (role.kind) {
    case "skip":
      return { role: { kind: "skip", why: "lain" } };
    case "uraian":
    case "indikator": {
      const level = levelOf(role.level ?? "", mapping);
      return { role: { kind: role.kind }, ...(level !== undefined ? { level } : {}) };
    }
    default:
      return { role };
  }
}

/** A level by its name, else by its kind word (`Sasaran` → the level holding Sasaran). */
function levelOf(name: string, mapping: ImportMapping): number | undefined {
  const r = nameKey(name);
  if (r === "") return undefined;
  const exact = mapping.levels.findIndex((l) => nameKey(l) === r);
  if (exact >= 0) return exact;
  const kind = groupKindOf(r);
  return kind ? mapping.kindLevels[kind] : undefined;
}
