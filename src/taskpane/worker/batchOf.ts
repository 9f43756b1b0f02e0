import { batchAction, checkFileAction, type BatchOutcome } from "../../core/actions";
import type { Lang } from "../../core/messages";
import type { PickedWorkbook } from "../pemdaHost";

/**
 * Checks every picked OPD workbook and the cross-file rules (POKIN040–046).
 * @param picked the files in the order picked (unreadable ones become POKIN040)
 * @param lang the language of the findings
 * @returns the batch, with each file's level values for gabung
 * @example gabungAction(batchOf(picked, "id"), {}, { lang: "id", now })
 */
export function batchOf(picked: readonly PickedWorkbook[], lang: Lang): BatchOutcome {
  return batchAction(
    picked.map((p) =>
      "failure" in p
        ? { file: p.name, role: "opd" as const, failure: p.failure }
        : checkFileAction(p.data, { file: p.name, role: "opd", lang, withSheets: true }),
    ),
    lang,
  );
}
