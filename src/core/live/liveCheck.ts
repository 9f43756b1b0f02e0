import type { Lang } from "../messages";
import type { Model } from "../model/buildModel";
import { applyNotes } from "../review/applyNotes";
import { readNotes } from "../review/readNotes";
import { RULES } from "../rules/registry";
import { orderOfSheets, ruleFindings, sortFindings, type KeyedFinding } from "../rules/runChecks";
import { runRules } from "../rules/runRules";
import type { Finding } from "../rules/types";
import type { WorkbookData } from "../sheet";
import type { CellEdit } from "./cellEdit";
import { difference } from "./findingsDifference";
import { LiveModel } from "./liveModel";
import type { RowsChange } from "./liveModel";
import { ModelIndex } from "./modelIndex";
import { RULE_SCOPES, rowsToRecheck, type RuleScope } from "./ruleScopes";
import { rowView } from "./rowView";
import { ScopedFindings } from "./scopedFindings";

/** How a LiveCheck words its findings, and the check it may start from. */
export interface LiveOptions {
  readonly lang?: Lang;
  readonly now?: Date;
  readonly all?: boolean;
  readonly seed?: { readonly findings: readonly Finding[]; readonly excepted: number };
}

/** What one re-check gives: the findings now, and which appeared or disappeared. */
export interface LiveUpdate {
  readonly findings: readonly Finding[];
  readonly appeared: readonly Finding[];
  readonly disappeared: readonly Finding[];
  /** True when the edit made the check start over (Pengaturan, a header, the reference list). */
  readonly full: boolean;
}

/**
 * The check kept up to date while the user types (SPEC §14): after each burst of edits only
 * the edited rows are read again and re-checked by the rules that look at one row; the rules
 * that look across rows run over the relinked model. Its findings always equal
 * `checkWorkbook` of the edited workbook (a property test holds it to that).
 * @example
 * const live = new LiveCheck(workbook, { lang: "id", now });
 * live.apply([{ sheet: "Program", row: 4, col: 1, values: [["9.9"]] }]).appeared // [POKIN006 …]
 */
export class LiveCheck {
  private readonly live: LiveModel;
  private readonly lang: Lang;
  private readonly all: boolean;
  private exceptedCount = 0;
  /** Findings of the rules that have a scope, kept between re-checks. */
  private readonly scoped = new ScopedFindings();
  private current: readonly Finding[] = [];
  /** False until the rules have run once (a seeded check has only the seed's findings). */
  private primed: boolean;

  /**
   * `all` keeps the findings a reviewer's note excepts, marked (as checkAction's `all`). `seed`
   * is the check of this same workbook already made (checkAction with the same language, `all`
   * and `now`, e.g. in the pane's worker): its findings are taken as they are, and the rules run
   * only once an edit comes, so a Periksa does not check the workbook a second time.
   */
  constructor(workbook: WorkbookData, options: LiveOptions = {}) {
    this.lang = options.lang ?? "id";
    this.all = options.all === true;
    this.live = new LiveModel(workbook, options.now ?? new Date());
    if (options.seed) {
      this.current = options.seed.findings;
      this.exceptedCount = options.seed.excepted;
    } else this.current = this.recheck(undefined);
    this.primed = options.seed === undefined;
  }

  /** The findings of the workbook as edited so far, in checkWorkbook's order. */
  get findings(): readonly Finding[] {
    return this.current;
  }

  /** How many findings the reviewer's notes except now. */
  get excepted(): number {
    return this.exceptedCount;
  }

  /** The workbook as edited so far. */
  get workbook(): WorkbookData {
    return this.live.workbook;
  }

  /**
   * Applies a burst of edits and re-checks what they can have changed.
   * @param edits the changed blocks with their new values
   * @returns the findings now and the difference to before
   */
  apply(edits: readonly CellEdit[]): LiveUpdate {
    const change = this.live.apply(edits);
    const before = this.current;
    this.current = this.recheck(change.kind === "rows" && this.primed ? change : undefined);
    this.primed = true;
    return { findings: this.current, ...difference(before, this.current), full: change.kind === "full" };
  }

  private recheck(change: RowsChange | undefined): Finding[] {
    const model = this.live.model();
    const sheetOrder = orderOfSheets(model);
    const sheets = model.levels.map((l) => l.sheet).filter((s) => s !== undefined);
    // A sheet shared by two levels (a settings mistake) mixes their rows: check it whole.
    const incremental = change !== undefined && new Set(sheets).size === sheets.length;
    if (!incremental) this.scoped.clear();
    const keyed: KeyedFinding[] = [];
    // The rules that run on the whole model (all of them when starting over) share one pass.
    const whole = incremental ? RULES.filter((r) => !RULE_SCOPES[r.id]) : RULES;
    runRules(whole, model, this.lang, sheetOrder).forEach((found, k) => {
      const rule = whole[k]!;
      if (!RULE_SCOPES[rule.id]) keyed.push(...found);
      else this.scoped.set(rule.id, found);
    });
    if (incremental) {
      const views = new Map<RuleScope, { rows: Map<number, Set<number>>; view: Model }>();
      const index = new ModelIndex(model, this.live.index);
      for (const rule of RULES) {
        const scope = RULE_SCOPES[rule.id];
        if (!scope) continue;
        let scoped = views.get(scope);
        if (!scoped) {
          const rows = rowsToRecheck(scope, index, change);
          views.set(scope, (scoped = { rows, view: rowView(model, rows) }));
        }
        const found = ruleFindings(rule, scoped.view, this.lang, sheetOrder);
        this.scoped.replaceRows(rule.id, model, scoped.rows, found);
      }
    }
    keyed.push(...this.scoped.all());
    // The reviewer's notes, as checkWorkbook applies them (SPEC §13).
    const reviewed = applyNotes(sortFindings(keyed), readNotes(model.workbook), {
      lang: this.lang,
      all: this.all,
    });
    this.exceptedCount = reviewed.excepted;
    return reviewed.findings;
  }
}
