import { findingGroups } from "../core/actions";
import type { Lang } from "../core/messages";
import { groupCount } from "../core/rules/groupFindings";
import type { Finding, Severity } from "../core/rules/types";
import type { Mark } from "./liveMarks";

/** One line of Periksa's list: one rule on one indicator row, with every finding it stands for. */
export interface FindingRow {
  readonly key: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly sheet: string;
  /** Its first cell (the one a click selects); `findings` has them all. */
  readonly cell: string;
  readonly cells: readonly string[];
  /** "[1] Target 2023–2026 kosong." */
  readonly message: string;
  /** Its first finding (the one the review buttons act on: a note covers rule + Kode). */
  readonly first: Finding;
  readonly findings: readonly Finding[];
  readonly excepted?: true;
  readonly catatan?: string;
  /** Periksa otomatis: "new" when any of its findings just appeared, "gone" when they all went. */
  readonly mark?: Mark;
}

/** A rule's rows with its counts ("344 temuan pada 86 indikator", gone findings not counted). */
export interface FindingRowGroup {
  readonly key: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly severityLabel: string;
  readonly countLabel: string;
  readonly rows: readonly FindingRow[];
}

/**
 * Periksa's findings grouped for the list as `Hasil Pemeriksaan` groups them (core's
 * `findingGroups`): by rule, and one row per indicator for per-year rules. Findings that just
 * went (live check) form rows of their own, marked "gone", after their rule's others.
 * @param findings the list's findings (filtered), gone ones included
 * @param lang the labels' language
 * @param marks the live check's marks by `markKey`
 * @example findingRows(findings, "id", new Map(), markKey)[0]!.rows[0]!.message // "[1] Target 2023–2026 kosong."
 */
export function findingRows(
  findings: readonly Finding[],
  lang: Lang,
  marks: ReadonlyMap<string, Mark> = new Map(),
  markKey: (f: Finding) => string = () => "",
): FindingRowGroup[] {
  const isGone = (f: Finding) => marks.get(markKey(f)) === "gone";
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = `${f.rule}|${f.sheet}|${f.cell}|${isGone(f)}`;
    byCell.set(k, [...(byCell.get(k) ?? []), f]);
  }
  const take = (rule: string, sheet: string, cell: string, gone: boolean) =>
    byCell.get(`${rule}|${sheet}|${cell}|${gone}`)?.shift();
  const out = new Map<string, FindingRowGroup & { rows: FindingRow[] }>();
  for (const gone of [false, true]) {
    for (const g of findingGroups(
      findings.filter((f) => isGone(f) === gone),
      lang,
    )) {
      const group = out.get(g.key) ?? {
        key: g.key,
        rule: g.rule,
        severity: g.severity,
        severityLabel: g.severityLabel,
        countLabel: gone ? groupCount({ count: 0, items: [] }, lang) : g.countLabel,
        rows: [],
      };
      out.set(g.key, group);
      for (const item of g.items) {
        const all = item.cells.map((c) => take(g.rule, item.sheet, c, gone)).filter((f) => f !== undefined);
        const first = all[0]!;
        const mark = gone ? "gone" : all.some((f) => marks.get(markKey(f)) === "new") ? "new" : undefined;
        group.rows.push({
          key: `${g.rule}|${item.sheet}|${item.cell}|${gone ? "gone" : ""}`,
          rule: g.rule,
          severity: g.severity,
          sheet: item.sheet,
          cell: item.cell,
          cells: item.cells,
          message: item.message,
          first,
          findings: all,
          ...(item.excepted ? { excepted: true as const } : {}),
          ...(item.catatan !== undefined ? { catatan: item.catatan } : {}),
          ...(mark ? { mark } : {}),
        });
      }
    }
  }
  return [...out.values()];
}

/** What identifies a finding across languages: its rule and cell. */
export function findingKey(f: Finding): string {
  return `${f.rule}|${f.sheet}|${f.cell}`;
}

/**
 * The list's groups for a filter, from the groups of every finding (made in the worker): the
 * same as {@link findingRows} of the filtered findings (a row holds one sheet, a rule one
 * severity), in time proportional to the rows, not the findings.
 * @param groups `findingRows` of every finding (no live marks)
 * @param keep which severities and which sheet ("" for every one) are shown
 * @example filterGroups(findingRows(all, "id"), { severities: new Set(["error"]), sheet: "" }, "id")
 */
export function filterGroups(
  groups: readonly FindingRowGroup[],
  keep: { readonly severities: ReadonlySet<Severity>; readonly sheet: string },
  lang: Lang,
): readonly FindingRowGroup[] {
  if (keep.sheet === "" && groups.every((g) => keep.severities.has(g.severity))) return groups;
  const out: FindingRowGroup[] = [];
  for (const g of groups) {
    if (!keep.severities.has(g.severity)) continue;
    const rows = keep.sheet === "" ? g.rows : g.rows.filter((r) => r.sheet === keep.sheet);
    if (rows.length === 0) continue;
    if (rows.length === g.rows.length) {
      out.push(g);
      continue;
    }
    const count = rows.reduce((n, r) => n + r.findings.length, 0);
    const items = rows.map(({ sheet, cell, cells, message, first }) => ({
      ...{ sheet, cell, cells, message },
      ...(first.kode !== undefined ? { kode: first.kode } : {}),
    }));
    out.push({ ...g, rows, countLabel: groupCount({ count, items }, lang) });
  }
  return out;
}
