import type { Lang } from "../messages";
import { reviewSheetPlan } from "../review/reviewSheetPlan";
import { templatePlan } from "../plans/templatePlan";
import type { WorkbookPlan } from "../plans/types";
import { BANJARNEGARA, EMPTY_TEMPLATE } from "../sample";

export interface TemplateOutcome {
  readonly plan: WorkbookPlan;
  /** How many indicators it writes (0 for the empty template). */
  readonly indicators: number;
}

/**
 * Templat / `pokin init`: the structured workbook, empty or holding the Banjarnegara sample.
 * @param choice the sample or the empty template, the language of its headers and notes, and
 *   whether to add the reviewer's empty `Catatan Reviu` sheet (SPEC §13; `pokin init` does)
 * @example templateAction({ sample: true, lang: "id" }).indicators // 86
 */
export function templateAction(choice: {
  readonly sample: boolean;
  readonly lang: Lang;
  readonly reviewSheet?: boolean;
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
  return {
    plan: { ...template, sheets: [...template.sheets, ...notes] },
    indicators: content.levels.reduce((n, l) => n + l.rows.length, 0),
  };
}
