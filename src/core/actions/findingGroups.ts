import type { Lang } from "../messages";
import { SEVERITY } from "../plans/reportLines";
import { groupCount, groupFindings, type FindingGroup } from "../rules/groupFindings";
import type { Finding } from "../rules/types";

/** A group of findings as a front end shows it: one collapsible heading with its counts. */
export interface FindingGroupView extends FindingGroup {
  /** Stable across checks of the same workbook (a list key, the remembered open/closed state). */
  readonly key: string;
  /** "Kesalahan" / "Error", as the report and the CLI name the severity. */
  readonly severityLabel: string;
  /** "344 temuan pada 86 indikator" / "344 findings on 86 indicators". */
  readonly countLabel: string;
}

/**
 * The check's findings grouped for the pane's list: by rule (errors first), and within a
 * per-year rule one item per indicator ("[1] Target 2023–2026 kosong."), each item keeping all
 * its cells. The same grouping as `Hasil Pemeriksaan` and `pokin check`'s text.
 * @param findings a {@link CheckOutcome}'s findings
 * @param lang the language of the labels
 * @returns the groups, in the order to show them
 * @example findingGroups(checkAction(data, ctx).findings, "id")[0]?.countLabel // "344 temuan pada 86 indikator"
 */
export function findingGroups(findings: readonly Finding[], lang: Lang): FindingGroupView[] {
  return groupFindings(findings).map((g) => ({
    ...g,
    key: `${g.rule}:${g.severity}`,
    severityLabel: SEVERITY[g.severity][lang],
    countLabel: groupCount(g, lang),
  }));
}
