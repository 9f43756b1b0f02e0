import { columnLetters, parseA1 } from "../../a1";
import { nameKey } from "../../text";
import { LABELS } from "./roleLabel";
import { groupKindOf } from "../detect/groupKindOf";
import type { ColumnDecision, GroupDecision, ImportMapping, Role } from "../types";
import { importNote, type ImportNote } from "../importNote";

/** One `--map` entry that could not be used. */
export interface MapProblem {
  readonly entry: string;
  readonly message: ImportNote;
}

/**
 * Applies `--map "F=Target 2025,G=Indikator Program,J=Lewati"`: each entry sets a column's role
 * (and, for `Uraian <level>` / `Indikator <level>`, its group's level). Unknown entries are reported.
 * @returns the new mapping and the entries that could not be read
 * @example applyMapOverrides(mapping, "F=Target 2026").mapping.columns // F is Target 2026
 */
export function applyMapOverrides(
  mapping: ImportMapping,
  spec: string,
): { mapping: ImportMapping; problems: MapProblem[] } {
  const problems: MapProblem[] = [];
  let columns = [...mapping.columns];
  let groups = [...mapping.groups];
  for (const entry of spec
    .split(",")
    .map((e) => e.trim())
    .filter((e) => e !== "")) {
    const m = /^([A-Za-z]{1,3})\s*=\s*(.+)$/.exec(entry);
    const col = m ? parseA1(`${m[1]}1`)?.col : undefined;
    const parsed = m && col !== undefined ? parseRole(m[2]!, mapping) : undefined;
    if (!m || col === undefined || !parsed) {
      problems.push({
        entry,
        message: importNote(
          "problem.map-entry",
          `'${entry}' tidak dapat dibaca (contoh: F=Target 2025)`,
          `'${entry}' cannot be read (e.g. F=Target 2025)`,
          { args: { entry } },
        ),
      });
      continue;
    }
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
  return { mapping: { ...mapping, columns: adopt(columns, groups), groups }, problems };
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

function parseRole(
  text: string,
  mapping: ImportMapping,
): { role: Role; level?: number; text: string } | undefined {
  const key = nameKey(text);
  const levelOf = (rest: string) => {
    const r = nameKey(rest);
    if (r === "") return undefined;
    const exact = mapping.levels.findIndex((l) => nameKey(l) === r);
    if (exact >= 0) return exact;
    const kind = groupKindOf(r);
    return kind ? mapping.kindLevels[kind] : undefined;
  };
  if (/^(lewati|skip|-|abaikan|ignore)$/.test(key)) return { role: { kind: "skip", why: "lain" }, text };
  let m = /^(target|realisasi) ((?:19|20|21)\d\d)(?: (?:tw|triwulan) ?([1-4]))?$/.exec(key);
  if (m) {
    const year = Number(m[2]);
    if (m[1] === "target") return m[3] ? undefined : { role: { kind: "target", year }, text };
    return {
      role: { kind: "realisasi", year, ...(m[3] ? { quarter: Number(m[3]) as 1 | 2 | 3 | 4 } : {}) },
      text,
    };
  }
  m = /^(uraian|indikator)(?: (.+))?$/.exec(key);
  if (m) {
    const level = levelOf(m[2] ?? "");
    const role: Role = m[1] === "uraian" ? { kind: "uraian" } : { kind: "indikator" };
    return { role, ...(level !== undefined ? { level } : {}), text };
  }
  const simple = Object.entries(LABELS).find(([, label]) => nameKey(label) === key);
  return simple ? { role: { kind: simple[0] } as Role, text } : undefined;
}
