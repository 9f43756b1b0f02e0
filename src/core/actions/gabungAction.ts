import { backupName } from "../import/merge/backupName";
import type { Lang } from "../messages";
import type { TreeContent } from "../model/content";
import { dataAfterPlan } from "../plans/dataAfterPlan";
import { templatePlan } from "../plans/templatePlan";
import { BANJARNEGARA, CONTOH_BAGIAN_ORGANISASI, CONTOH_DINKES } from "../sample";
import { backupSheet } from "../import/merge/planParts";
import { gabungPlan } from "../pemda/gabung/gabungPlan";
import type { GabungSource } from "../pemda/gabung/types";
import type { WorkbookPlan } from "../plans/types";
import { checkModel } from "../rules/runChecks";
import type { WorkbookData } from "../sheet";
import { isGeneratedSheet } from "../sheets";
import { nameKey } from "../text";
import type { BatchOutcome, ReadFile } from "./batchAction";
import type { ActionContext } from "./checkAction";
import { problemOf, type Problem } from "./problem";

export interface GabungRequest {
  /**
   * The open workbook's sheet names, when the Pemda sheets are written into it (the pane in
   * Excel): every sheet of the user's the plan replaces is first backed up whole.
   */
  readonly existingSheets?: readonly string[];
}

export type GabungOutcome =
  | {
      /** Backups (into an open workbook), Pengaturan, the level sheets, Rekap Perangkat Daerah. */
      readonly plan: WorkbookPlan;
      /** The Pemda workbook's values (for its own check and the pane's view). */
      readonly data: WorkbookData;
      /** How many OPD workbooks were merged. */
      readonly opds: number;
      /** Indicators per level of the Pemda workbook, and their sum. */
      readonly perLevel: readonly number[];
      readonly total: number;
      /** The Pemda workbook's own check. */
      readonly errors: number;
      readonly warnings: number;
      /** The backups made, in order (none for a new workbook). */
      readonly backups: readonly string[];
      readonly problem?: undefined;
    }
  | { readonly problem: Problem; readonly plan?: undefined };

/**
 * Gabung / `pokin gabung` (SPEC §11): the Pemda workbook of a checked batch as one plan, and
 * what to tell the user (its size and its own check). The sources are only read.
 * @param batch the checked batch (from {@link batchAction}), with each file's level values
 * @param request the open workbook's sheets, when writing into it
 * @param context language and "now"
 * @returns the plan and counts, or the problem (no OPD workbook could be read)
 * @example gabungAction(batchAction(results, "id"), {}, { lang: "id", now }).total
 */
export function gabungAction(
  batch: BatchOutcome,
  request: GabungRequest,
  context: ActionContext,
): GabungOutcome {
  if (batch.opds.length === 0)
    return {
      problem: problemOf("gabung.no-opd", {
        id: "Tidak ada berkas OPD yang dapat dibaca.",
        en: "No OPD workbook could be read.",
      }),
    };
  const source = (r: ReadFile): GabungSource => ({ summary: r.summary, sheets: r.sheets ?? [] });
  const { now } = context;
  const { plan, data, model } = gabungPlan(
    {
      opds: batch.opds.map(source),
      ...(batch.rpd ? { rpd: source(batch.rpd) } : {}),
      findings: batch.findings,
    },
    { lang: context.lang, now },
  );
  // The model gabungPlan built (with the same "now") is checked: not built a second time.
  // A new Pemda workbook has no Catatan Reviu, so there are no notes to apply.
  const findings = checkModel(model, { lang: context.lang });
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  const perLevel = data.sheets.slice(1).map((s) => Math.max(0, s.values.length - 1));
  const backups = request.existingSheets ? backupsOf(plan, request.existingSheets, now) : [];
  return {
    plan: backups.length > 0 ? { ...plan, sheets: [...backups.map((b) => b.plan), ...plan.sheets] } : plan,
    data,
    opds: batch.opds.length,
    perLevel,
    total: perLevel.reduce((a, b) => a + b, 0),
    errors: count("error"),
    warnings: count("warning"),
    backups: backups.map((b) => b.plan.name),
  };
}

/** A whole copy of every sheet of the user's that the plan replaces, named `Cadangan <sheet> <stamp>`. */
function backupsOf(plan: WorkbookPlan, existing: readonly string[], now: Date) {
  const byKey = new Map(existing.map((n) => [nameKey(n), n]));
  const taken = new Set(byKey.keys());
  const out: { plan: ReturnType<typeof backupSheet> }[] = [];
  for (const sheet of plan.sheets) {
    const current = byKey.get(nameKey(sheet.name));
    if (current === undefined || isGeneratedSheet(current)) continue;
    const name = backupName(current, now, taken);
    taken.add(nameKey(name));
    out.push({ plan: backupSheet({ name: current, values: [] }, name) });
  }
  return out;
}

/** One of Gabung's sample OPD workbooks: a file name that says it is an example, its plan and values. */
export interface GabungSample {
  readonly name: string;
  readonly plan: WorkbookPlan;
  readonly data: WorkbookData;
}

const SAMPLE_FILES: readonly [string, TreeContent][] = [
  ["contoh-dinsos-banjarnegara.xlsx", BANJARNEGARA],
  ["contoh-rekaan-dinkes.xlsx", CONTOH_DINKES],
  ["contoh-rekaan-bagian-organisasi.xlsx", CONTOH_BAGIAN_ORGANISASI],
];

/**
 * The three sample OPD workbooks for trying Gabung (SPEC §11): Banjarnegara's Dinas Sosial and
 * two invented OPDs whose every row says it is invented ("contoh rekaan").
 * @param lang the language of their headers and notes
 * @returns each as a plan (to write a file) and as values (to consolidate at once)
 * @example gabungSamplesAction("id").map((s) => s.name) // ["contoh-dinsos-banjarnegara.xlsx", …]
 */
export function gabungSamplesAction(lang: Lang): GabungSample[] {
  return SAMPLE_FILES.map(([name, content]) => {
    const plan = templatePlan(content, lang);
    return { name, plan, data: dataAfterPlan({ sheets: [] }, plan) };
  });
}
