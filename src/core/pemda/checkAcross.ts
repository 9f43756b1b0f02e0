import { a1 } from "../a1";
import type { Lang } from "../messages";
import { sortFindings, type KeyedFinding } from "../rules/runChecks";
import { nameKey } from "../text";
import { SETTINGS_SHEET } from "../sheets";
import { pokin040 } from "./pokin040-unreadable-file";
import { pokin041 } from "./pokin041-perangkat-daerah";
import { pokin042 } from "./pokin042-level1-conflict";
import { pokin043 } from "./pokin043-not-in-rpd";
import { pokin044 } from "./pokin044-rpd-unsupported";
import { pokin045 } from "./pokin045-shared-sub-kegiatan";
import { pokin046 } from "./pokin046-crosscutting-missing";
import type { Batch, CrossRule, FileFinding } from "./types";

/** The cross-workbook rules of SPEC §11, in id order. */
export const CROSS_RULES: readonly CrossRule[] = [
  pokin040,
  pokin041,
  pokin042,
  pokin043,
  pokin044,
  pokin045,
  pokin046,
];

/**
 * Runs the cross-workbook rules POKIN040–046 (SPEC §11) over a batch of summarised workbooks.
 * @param batch the OPD workbooks (in the order given), the RPD workbook and the unreadable files
 * @param lang the language of the messages
 * @returns the findings, each with its file and OPD, sorted as SPEC §7 sorts one workbook's
 *   (`sortFindings`), files first in batch order (the RPD, the OPDs, then the unreadable)
 * @example checkAcross({ opds: [a, b], unreadable: [] }, "en").map((f) => f.rule)
 */
export function checkAcross(batch: Batch, lang: Lang): FileFinding[] {
  const files = [...(batch.rpd ? [batch.rpd] : []), ...batch.opds];
  const opdOf = new Map(files.map((o) => [o.file, o.perangkatDaerah]));
  const orderOf = sheetOrders(batch);
  const keyed: KeyedFinding<FileFinding>[] = [];
  for (const rule of CROSS_RULES) {
    for (const hit of rule.check(batch)) {
      const opd = opdOf.get(hit.file);
      const finding: FileFinding = {
        file: hit.file,
        ...(opd ? { opd } : {}),
        rule: rule.id,
        severity: rule.severity,
        sheet: hit.sheet,
        cell: a1(hit.row, hit.col),
        ...(hit.kode ? { kode: hit.kode } : {}),
        message: hit.message[lang],
      };
      keyed.push({ finding, order: orderOf(hit.file, hit.sheet), row: hit.row, col: hit.col });
    }
  }
  return sortFindings(keyed);
}

/** Files apart, and within a file Pengaturan first, then its levels top to bottom, then other sheets. */
function sheetOrders(batch: Batch): (file: string, sheet: string) => number {
  const files = [
    ...(batch.rpd ? [batch.rpd] : []),
    ...batch.opds,
    ...batch.unreadable.map((u) => ({ file: u.file, levels: [] as readonly string[] })),
  ];
  const index = new Map<string, { at: number; levels: Map<string, number> }>();
  files.forEach((f, at) => {
    if (!index.has(f.file))
      index.set(f.file, { at, levels: new Map(f.levels.map((l, i) => [nameKey(l), i])) });
  });
  const SPAN = 10_000;
  return (file, sheet) => {
    const f = index.get(file);
    const at = f?.at ?? files.length;
    const key = nameKey(sheet);
    const inFile = key === nameKey(SETTINGS_SHEET) ? -1 : (f?.levels.get(key) ?? 1000);
    return at * SPAN + inFile;
  };
}
