import type { Lang } from "../../messages";
import { buildModel, type Model } from "../../model/buildModel";
import { SETTINGS_SHEET } from "../../model/settings";
import { settingsSheetPlan } from "../../plans/templateSettings";
import type { PlanValue, SheetPlan, WorkbookPlan } from "../../plans/types";
import type { WorkbookData } from "../../sheet";
import { cellText } from "../../text";
import { mergeLevels } from "./mergeLevels";
import { rekapPlan } from "./rekapPlan";
import { rekapRows } from "./rekapRows";
import type { GabungInput, MergedLevel } from "./types";

const WIDTHS: Readonly<Record<string, number>> = {
  kode: 16,
  "kode induk": 16,
  "perangkat daerah": 28,
  uraian: 45,
  indikator: 45,
  keterangan: 30,
};

/**
 * The Pemda workbook of SPEC §11 as a write plan: `Pengaturan` for the Pemda, the level
 * sheets holding every OPD's rows (Kodes made unique by the OPD, a `Perangkat Daerah`
 * column, level-1 rows once) and the generated `Rekap Perangkat Daerah`. The sources are
 * only read.
 * @param input the OPD workbooks (summaries and level values), the RPD and every finding
 * @param options the language and "now" (the Rekap's note)
 * @returns the plan, the merged workbook's values and its model (for the caller's own check)
 * @example const { plan } = gabungPlan({ opds, findings }, { lang: "id", now: new Date() });
 */
export function gabungPlan(
  input: GabungInput,
  options: { readonly lang: Lang; readonly now: Date },
): { plan: WorkbookPlan; data: WorkbookData; model: Model } {
  const merged = mergeLevels(input);
  const data: WorkbookData = {
    sheets: [
      { name: SETTINGS_SHEET, values: [["Kunci", "Nilai"], ...merged.settings.map(([k, v]) => [k, v])] },
      ...merged.levels.map((l) => ({ name: l.name, values: [l.header, ...l.rows] })),
    ],
  };
  const model = buildModel(data, { now: options.now });
  const rows = rekapRows(
    model,
    input.opds.map((o) => o.summary),
    merged.prefixes,
    input.findings,
  );
  const levelNames = merged.levelNames;
  const custom = merged.settings.some(([k]) => /^Level \d+$/.test(k));
  const settings = settingsSheetPlan(
    merged.settings.filter(([k]) => !/^Level \d+$/.test(k)),
    custom ? levelNames : [],
    options.lang,
  );
  const rekap = rekapPlan(rows, levelNames, {
    pemda: model.settings.pemerintahDaerah,
    ...(model.settings.reportYear !== undefined ? { year: model.settings.reportYear } : {}),
    lang: options.lang,
    now: options.now,
  });
  return {
    plan: { sheets: [settings, ...merged.levels.map(levelSheet), rekap], activate: { sheet: rekap.name } },
    data,
    model,
  };
}

function levelSheet(level: MergedLevel): SheetPlan {
  const values: PlanValue[][] = [
    [...level.header],
    ...level.rows.map((r) => r.map((v) => (v instanceof Date ? cellText(v) : ((v as PlanValue) ?? null)))),
  ];
  return {
    name: level.name,
    mode: "replace",
    blocks: [{ row: 0, col: 0, values }],
    formats: [
      { range: { row: 0, col: 0, cols: level.header.length }, bold: true, wrap: true, fill: "#D9E1F2" },
    ],
    columnWidths: level.header.map((h, col) => ({ col, width: WIDTHS[h.toLowerCase()] ?? 12 })),
    freeze: { rows: 1 },
  };
}
