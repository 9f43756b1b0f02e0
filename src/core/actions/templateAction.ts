import type { Lang } from "../messages";
import { backupName } from "../import/merge/backupName";
import { dataAfterPlan } from "../plans/dataAfterPlan";
import { reviewSheetPlan } from "../review/reviewSheetPlan";
import { templatePlan } from "../plans/templatePlan";
import type { SheetPlan, WorkbookPlan } from "../plans/types";
import { BANJARNEGARA, EMPTY_TEMPLATE } from "../sample";
import type { WorkbookData } from "../sheet";
import { nameKey } from "../text";

export interface TemplateOutcome {
  /** What to write: only the sheets listed in `written` (and their backups). */
  readonly plan: WorkbookPlan;
  /** The values a new workbook holds once `plan` is written into it (no host needed to know them). */
  readonly values: WorkbookData;
  /** How many indicators it writes (0 for the empty template). */
  readonly indicators: number;
  /** The template's sheets the plan writes, in order. */
  readonly written: readonly string[];
  /** The template's sheets already in the workbook, left as they are (nothing replaces them). */
  readonly kept: readonly string[];
  /** With `replace`: each replaced sheet and the name of its backup copy. */
  readonly backups: readonly { readonly sheet: string; readonly backup: string }[];
}

/**
 * Templat / `pokin init`: the structured workbook, empty or holding the Banjarnegara sample.
 * Sheets already in the workbook (`existing`) are never overwritten: they are `kept` and left
 * out of the plan, unless `replace` is given, when each is first copied whole into a
 * `Cadangan <sheet> <stamp>` sheet (the import's backups) and then replaced.
 * @param choice the sample or the empty template, the language of its headers and notes,
 *   whether to add the reviewer's empty `Catatan Reviu` sheet (SPEC §13; `pokin init` does),
 *   the workbook's sheet names, and `replace` (the time in the backup names)
 * @example templateAction({ sample: true, lang: "id" }).indicators // 86
 * @example templateAction({ sample: true, lang: "id", existing: ["Program"] }).kept // ["Program"]
 */
export function templateAction(choice: {
  readonly sample: boolean;
  readonly lang: Lang;
  readonly reviewSheet?: boolean;
  readonly existing?: readonly string[];
  readonly replace?: Date;
}): TemplateOutcome {
  const content = choice.sample ? BANJARNEGARA : EMPTY_TEMPLATE;
  const template = templatePlan(content, choice.lang);
  const notes = choice.reviewSheet
    ? [
        reviewSheetPlan(
          content.levels.map((l) => l.name),
          choice.lang,
        ),
      ]
    : [];
  const existing = new Map((choice.existing ?? []).map((name) => [nameKey(name), name]));
  const taken = new Set(existing.keys());
  const sheets: SheetPlan[] = [];
  const backups: { sheet: string; backup: string }[] = [];
  const written: string[] = [];
  const kept: string[] = [];
  for (const sheet of [...template.sheets, ...notes]) {
    const current = existing.get(nameKey(sheet.name));
    if (current === undefined) {
      sheets.push(sheet);
      written.push(sheet.name);
    } else if (choice.replace) {
      const backup = backupName(current, choice.replace, taken);
      taken.add(nameKey(backup));
      backups.push({ sheet: current, backup });
      sheets.push({ ...sheet, mode: "replace" });
      written.push(sheet.name);
    } else kept.push(current);
  }
  const copies: SheetPlan[] = backups.map((b) => ({ name: b.backup, mode: "create", copyOf: b.sheet }));
  const plan = { ...template, sheets: [...copies, ...sheets] };
  return {
    plan,
    values: dataAfterPlan({ sheets: [] }, plan),
    indicators: content.levels.reduce((n, l) => n + l.rows.length, 0),
    written,
    kept,
    backups,
  };
}
