import type { Finding } from "../../core/rules/types";
import type { FindingRow, FindingRowGroup } from "../findingRows";
import type { CheckView } from "./jobTypes";

/** How many findings or rows one message carries: each message is its own task to unpack. */
export const PART_SIZE = 1000;

/** A list row without its findings, which it names by their place in the check's list. */
type RowPart = Omit<FindingRow, "first" | "findings"> & { readonly at: readonly number[] };

/** A check's outcome with its lists left out (they travel in parts): the groups' headings. */
export interface CheckHead {
  readonly excepted: number;
  readonly errors: number;
  readonly findings: number;
  readonly groups: readonly (Omit<FindingRowGroup, "rows"> & { readonly rows: number })[];
}

/**
 * Splits a check for the trip to the main thread: the findings, then the list's rows (naming
 * their findings by index), in parts of {@link PART_SIZE}, and a small head. Unpacking 10,000
 * findings and their rows in one message froze the pane for a third of a second; in parts,
 * each is a short task of its own.
 * @example joinCheck(...splitCheck(view)) // equal to view
 */
export function splitCheck(view: CheckView): [CheckHead, unknown[][]] {
  const { findings, groups, excepted, errors } = view;
  const index = new Map(findings.map((f, i) => [f, i]));
  const rows: RowPart[] = groups.flatMap((g) =>
    g.rows.map(({ first: _first, findings: own, ...row }) => ({ ...row, at: own.map((f) => index.get(f)!) })),
  );
  const head: CheckHead = {
    excepted,
    errors,
    findings: findings.length,
    groups: groups.map((g) => ({ ...g, rows: g.rows.length })),
  };
  return [head, [...slices(findings), ...slices(rows)]];
}

/**
 * The check again from its head and parts, in order; rows hold the findings themselves again.
 * @example joinCheck(...splitCheck(view)).groups[0]?.rows[0]?.first
 */
export function joinCheck(head: CheckHead, parts: readonly (readonly unknown[])[]): CheckView {
  const all = parts.flat();
  const findings = all.slice(0, head.findings) as Finding[];
  const rows = all.slice(head.findings) as RowPart[];
  let next = 0;
  const groups = head.groups.map((g) => ({
    ...g,
    rows: rows.slice(next, (next += g.rows)).map(({ at, ...row }): FindingRow => {
      const own = at.map((i) => findings[i]!);
      return { ...row, first: own[0]!, findings: own };
    }),
  }));
  return { findings, excepted: head.excepted, errors: head.errors, groups };
}

function slices<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += PART_SIZE) out.push(list.slice(i, i + PART_SIZE));
  return out;
}
