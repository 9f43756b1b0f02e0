import type { Indicator } from "../model/indicator";
import type { RowsChange } from "./liveModel";
import type { ModelIndex } from "./modelIndex";

/**
 * Which rows each rule must look at again after an edit: a rule listed here has its findings on a
 * row depend only on the rows its scope names; the live check re-runs it on those rows alone and
 * keeps its other findings. A rule missing here runs whole on every re-check (right, only slower);
 * a scope too narrow is caught by the incremental-equals-full property test.
 */
export type RuleScope = (index: ModelIndex, change: RowsChange) => ReadonlySet<Indicator> | "rows";

/** The rows themselves: findings that depend on one row (with the settings, header and reference). */
const ROW: RuleScope = () => "rows";

/** Indicators whose Kode an edited row had or has: complete groups of one Kode (duplicates, children). */
function sameKode(index: ModelIndex, change: RowsChange): Set<Indicator> {
  return new Set([...change.kodes].flatMap((k) => index.withKode(k)));
}

/** The old and new parents of the edited rows: indicators whose Kode an edited row's Kode Induk names. */
function parentsOfEdited(index: ModelIndex, change: RowsChange): Set<Indicator> {
  return new Set([...change.induks].flatMap((k) => index.withKode(k)));
}

/** Indicators whose Kode Induk names a Kode an edited row had or has (their parent changed). */
function pointingAt(index: ModelIndex, change: RowsChange): Set<Indicator> {
  return new Set([...change.kodes].flatMap((k) => index.withInduk(k)));
}

/**
 * Whole sibling groups around the edit: indicators sharing a Kode Induk with an edited row or with
 * an indicator of an edited Kode (all of level 1, whose rows are siblings, when it is touched).
 */
function siblings(index: ModelIndex, change: RowsChange): Set<Indicator> {
  const parents = new Set(change.induks);
  let top = change.levels.has(0);
  for (const i of sameKode(index, change)) {
    parents.add(i.kodeInduk);
    top ||= i.level === 0;
  }
  const out = new Set<Indicator>();
  for (const p of parents) for (const i of index.withInduk(p)) if (i.level > 0) out.add(i);
  if (top) for (const i of index.model.levels[0]?.indicators ?? []) out.add(i);
  return out;
}

/** The indicators of the level of `i` that share its Kode Induk (all of level 1 for a top row). */
function statementMates(index: ModelIndex, i: Indicator): readonly Indicator[] {
  if (i.level === 0) return index.model.levels[0]?.indicators ?? [];
  return index.withInduk(i.kodeInduk).filter((m) => m.level === i.level);
}

export const RULE_SCOPES: Readonly<Record<string, RuleScope>> = {
  POKIN004: sameKode,
  POKIN005: ROW,
  POKIN006: pointingAt,
  POKIN007: pointingAt,
  POKIN008: (index, change) => {
    const near = [...sameKode(index, change), ...parentsOfEdited(index, change), ...siblings(index, change)];
    // A statement's indicator rows count as one (SPEC §7): a child won or lost by one row changes
    // the finding of every row of its statement, i.e. of the parent's siblings.
    return new Set([...near, ...near.flatMap((i) => statementMates(index, i))]);
  },
  POKIN009: ROW,
  POKIN010: ROW,
  POKIN011: ROW,
  POKIN012: ROW,
  POKIN013: ROW,
  POKIN014: ROW,
  POKIN015: ROW,
  POKIN016: ROW,
  POKIN017: ROW,
  POKIN018: ROW,
  POKIN019: siblings,
  POKIN020: pointingAt,
  POKIN021: ROW,
  POKIN023: ROW,
  POKIN024: ROW,
  POKIN025: ROW,
  POKIN026: ROW,
  POKIN027: ROW,
  POKIN028: ROW,
  POKIN029: ROW,
  POKIN030: ROW,
  POKIN031: ROW,
};

/**
 * The rows a rule must look at again: the edited rows, plus the rows of the indicators its scope
 * names, per level index.
 * @example rowsToRecheck(RULE_SCOPES.POKIN006!, new ModelIndex(model), change).get(2) // Set { 5, 9 }
 */
export function rowsToRecheck(
  scope: RuleScope,
  index: ModelIndex,
  change: RowsChange,
): Map<number, Set<number>> {
  const rows = new Map<number, Set<number>>();
  for (const [level, set] of change.rows) rows.set(level, new Set(set));
  const extra = scope(index, change);
  if (extra === "rows") return rows;
  for (const ind of extra) {
    const set = rows.get(ind.level) ?? new Set<number>();
    set.add(ind.row);
    rows.set(ind.level, set);
  }
  return rows;
}
