import { a1 } from "../a1";
import type { Lang } from "../messages";
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
 * @returns the findings, each with its file and OPD, in rule order then as each rule found them
 * @example checkAcross({ opds: [a, b], unreadable: [] }, "en").map((f) => f.rule)
 */
export function checkAcross(batch: Batch, lang: Lang): FileFinding[] {
  const opdOf = new Map(
    [...batch.opds, ...(batch.rpd ? [batch.rpd] : [])].map((o) => [o.file, o.perangkatDaerah]),
  );
  const out: FileFinding[] = [];
  for (const rule of CROSS_RULES) {
    for (const hit of rule.check(batch)) {
      const opd = opdOf.get(hit.file);
      out.push({
        file: hit.file,
        ...(opd ? { opd } : {}),
        rule: rule.id,
        severity: rule.severity,
        sheet: hit.sheet,
        cell: a1(hit.row, hit.col),
        ...(hit.kode ? { kode: hit.kode } : {}),
        message: hit.message[lang],
      });
    }
  }
  return out;
}
