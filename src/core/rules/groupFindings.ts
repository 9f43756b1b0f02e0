import type { Lang } from "../messages";
import type { Finding, Severity } from "./types";
import { formatCount, isSingular } from "../format/number";

/** Findings of one rule on one indicator row, read as one line ("Target 2023–2026 kosong"). */
export interface FindingItem {
  readonly sheet: string;
  /** The first cell to fix; `cells` has them all. */
  readonly cell: string;
  readonly cells: readonly string[];
  readonly kode?: string;
  /** The message, its years merged into ranges when only the year differs. */
  readonly message: string;
  /** Set when a `Catatan Reviu` note excepts these findings (shown with --all), with its Catatan. */
  readonly excepted?: true;
  readonly catatan?: string;
}

/** All findings of one rule, with counts. */
export interface FindingGroup {
  readonly rule: string;
  readonly severity: Severity;
  /** How many findings (cells) the group holds. */
  readonly count: number;
  readonly items: readonly FindingItem[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const YEAR = /\b(19|20|21)\d\d\b/g;

/**
 * Groups the check's findings by rule (errors first, then in the check's order) and, within a
 * rule, one item per sheet row: a per-year rule's "Target 2023 kosong", "Target 2024 kosong" …
 * become one "Target 2023–2026 kosong". The pane's list, the report and the CLI share it.
 * @param findings the check's findings, in its order
 * @returns the groups, each with its count and items
 * @example groupFindings(findings)[0] // { rule: "POKIN011", severity: "error", count: 344, items: [...] }
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) push(byRule, f.rule, f);
  const groups = [...byRule.values()].map((list): FindingGroup => {
    const byRow = new Map<string, Finding[]>();
    for (const f of list) {
      const row = f.cell.replace(/^[A-Z]+/, "");
      const note = f.excepted === true ? `\u0000${f.catatan ?? ""}` : "";
      push(byRow, `${f.sheet}\u0000${row}\u0000${f.kode ?? ""}${note}`, f);
    }
    const items = [...byRow.values()].map((row) => ({
      sheet: row[0]!.sheet,
      cell: row[0]!.cell,
      cells: row.map((f) => f.cell),
      ...(row[0]!.kode !== undefined ? { kode: row[0]!.kode } : {}),
      message: merged(row.map((f) => f.message)),
      ...(row[0]!.excepted === true ? { excepted: true as const } : {}),
      ...(row[0]!.excepted === true && row[0]!.catatan !== undefined ? { catatan: row[0]!.catatan } : {}),
    }));
    return { rule: list[0]!.rule, severity: list[0]!.severity, count: list.length, items };
  });
  return groups.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/**
 * A group's counts in words: "344 temuan pada 86 indikator" when a row holds several findings,
 * else "2 temuan".
 * @example groupCount({ count: 344, items: new Array(86) }, "en") // "344 findings on 86 indicators"
 */
export function groupCount(group: Pick<FindingGroup, "count" | "items">, lang: Lang): string {
  const n = group.count;
  const rows = group.items.length;
  const count = (k: number, one: string) => `${formatCount(k, lang)} ${one}${isSingular(k, lang) ? "" : "s"}`;
  const findings = lang === "en" ? count(n, "finding") : `${formatCount(n, lang)} temuan`;
  if (rows === n) return findings;
  const byKode = group.items.every((i) => i.kode !== undefined);
  if (lang === "en") return `${findings} on ${count(rows, byKode ? "indicator" : "row")}`;
  return `${findings} pada ${formatCount(rows, lang)} ${byKode ? "indikator" : "baris"}`;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** One message for a row's findings: years merged when only they differ, else the first and a count. */
function merged(messages: readonly string[]): string {
  if (messages.length === 1) return messages[0]!;
  const shapes = new Set(messages.map((m) => m.replace(YEAR, "YYYY")));
  const years = messages.map((m) => m.match(YEAR) ?? []);
  if (shapes.size === 1 && years.every((y) => y.length === 1)) {
    return messages[0]!.replace(YEAR, ranges(years.map((y) => Number(y[0]))));
  }
  return `${messages[0]!} (+${messages.length - 1})`;
}

/** 2023, 2024, 2025, 2027 → "2023–2025, 2027". */
function ranges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return out.join(", ");
}
