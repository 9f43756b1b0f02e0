import { columnLetters } from "../a1";
import { nameKey } from "../text";
import type { RawColumn, RawGroup } from "./columnRoles";
import { roleLabel } from "./mapping";
import { resolveYear, type YearContext } from "./years";
import type { ColumnDecision, GroupDecision, Role } from "./types";
import type { Msg } from "../messages";

/**
 * A group's level decision with its reason (`kolom F: 'Sasaran' → level Tujuan OPD (…)`).
 * @example groupDecision(group, 1, DEFAULT_LEVELS, false).reason.id
 */
export function groupDecision(
  g: RawGroup,
  level: number | "list" | undefined,
  levels: readonly string[],
  low: boolean,
): GroupDecision {
  const col = columnLetters(g.col);
  if (level === "list") {
    return {
      label: g.label,
      kind: g.kind,
      col: g.col,
      level,
      confidence: 0.85,
      reason: {
        id: `kolom ${col}: '${g.label}' memuat beberapa level; level tiap baris dari kode, kelompok atau nama`,
        en: `column ${col}: '${g.label}' holds several levels; each row's level comes from its code, group or name`,
      },
    };
  }
  if (level === undefined) {
    return {
      label: g.label,
      kind: g.kind,
      col: g.col,
      level,
      confidence: 0.6,
      reason: {
        id: `kolom ${col}: '${g.label}' tidak diimpor: tidak ada level tersisa di atasnya`,
        en: `column ${col}: '${g.label}' is not imported: no level is left above it`,
      },
    };
  }
  const name = levels[level] ?? String(level);
  const why: Msg =
    nameKey(name) === nameKey(g.band ?? g.label) ||
    g.kind === "program" ||
    g.kind === "kegiatan" ||
    g.kind === "subkegiatan"
      ? { id: "namanya", en: "its name" }
      : {
          id: low
            ? "tingkat terendah"
            : "kelompok di atas Program mengisi level di atas, yang terdekat lebih dulu",
          en: low ? "lowest group" : "groups above Program fill the levels above, nearest first",
        };
  return {
    label: g.label,
    kind: g.kind,
    col: g.col,
    level,
    confidence: why.id === "namanya" ? 0.95 : 0.75,
    reason: {
      id: `kolom ${col}: '${g.label}' → level ${name} (${why.id})`,
      en: `column ${col}: '${g.label}' → level ${name} (${why.en})`,
    },
  };
}

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
        cls.role === "target"
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
