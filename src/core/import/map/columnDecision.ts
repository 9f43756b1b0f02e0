import { columnLetters } from "../../a1";
import type { RawColumn } from "../detect/readColumns";
import { roleLabel } from "./roleLabel";
import { resolveYear, type YearContext } from "./templateYear";
import type { ColumnDecision, GroupDecision, Role } from "../types";
import type { Msg } from "../../messages";

/**
 * A column's final role (years resolved, `Kode` of a list read as Kode Nomenklatur) with its
 * reason: `kolom G: 'TARGET TAHUN 1' → Target 2025 (judul memuat 'tahun 1'; …)`.
 * @example columnDecision(column, groups, false, years, DEFAULT_LEVELS).role
 */
export function columnDecision(
  c: RawColumn,
  groups: readonly GroupDecision[],
  hasList: boolean,
  years: YearContext,
  levels: readonly string[],
): ColumnDecision {
  let role: Role;
  let confidence = c.confidence;
  let extra: Msg | undefined;
  const cls = c.cls;
  switch (cls.role) {
    case "target":
    case "realisasi": {
      const y = resolveYear(cls, years);
      role =
        y.year === undefined
          ? { kind: "skip", why: "tahun" }
          : cls.role === "target"
            ? { kind: "target", year: y.year }
            : { kind: "realisasi", year: y.year, ...(cls.quarter ? { quarter: cls.quarter } : {}) };
      confidence = Math.min(confidence, y.confidence);
      extra = y.why;
      break;
    }
    case "kode":
      role = hasList && groups[c.group]?.level === "list" ? { kind: "nomenklatur" } : { kind: "kode" };
      if (role.kind === "nomenklatur")
        extra = { id: "kedalaman kode memberi level", en: "the code's depth gives the level" };
      break;
    case "codePart":
      role = { kind: "codePart", part: cls.part };
      break;
    case "uraian":
      role = { kind: "uraian" };
      break;
    case "indikator":
      role = cls.scope ? { kind: "indikator", scope: cls.scope } : { kind: "indikator" };
      break;
    case "unknown":
      role = { kind: "skip", why: "lain" };
      break;
    default:
      role = cls.role === "skip" ? { kind: "skip", why: cls.why } : { kind: cls.role };
  }
  const group = groups[c.group];
  const levelName =
    group && typeof group.level === "number"
      ? levels[group.level]
      : group?.level === "list"
        ? "per baris"
        : undefined;
  const header = c.path.join(" / ");
  const label = roleLabel(role, levelName);
  const because = [c.why, extra].filter((m): m is Msg => m !== undefined && m.id !== "");
  return {
    col: c.col,
    header,
    role,
    group: c.group,
    confidence,
    reason: {
      id: `kolom ${columnLetters(c.col)}: '${header}' → ${label.id}${because.length ? ` (${because.map((m) => m.id).join("; ")})` : ""}`,
      en: `column ${columnLetters(c.col)}: '${header}' → ${label.en}${because.length ? ` (${because.map((m) => m.en).join("; ")})` : ""}`,
    },
  };
}
