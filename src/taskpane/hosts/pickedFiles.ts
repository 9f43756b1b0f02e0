import { batchAction, checkFileAction, gabungSamplesAction, type BatchOutcome } from "../../core/actions";
import type { Lang } from "../../core/messages";
import { isRefusal, readXlsxBytes } from "../../adapters/xlsx/reader";
import { STRINGS } from "../i18n";
import type { PickedWorkbook } from "../pemdaHost";
import { sniffXlsx, withFileName } from "./sniffXlsx";

/**
 * Reads a file the user picked with Pokin's own reader (pure JavaScript: the same in Excel's
 * pane and in a browser, and no ExcelJS inside Excel). Never rejects: a file that cannot be
 * read comes back with its reason, in both languages.
 * @param file a picked file (a `File`, or anything with its name and bytes)
 * @returns the workbook's values, or why not
 * @example const picked = await readPicked(input.files[0]);
 */
export async function readPicked(file: {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}): Promise<PickedWorkbook> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sniffed = sniffXlsx(bytes.subarray(0, 8));
  if (sniffed) return { name: file.name, failure: withFileName(STRINGS[sniffed], file.name) };
  const read = readXlsxBytes(bytes);
  if (!isRefusal(read)) return { name: file.name, data: read };
  return {
    name: file.name,
    failure: {
      id: `Berkas '${file.name}' tidak dapat dibaca: ${read.message.id}.`,
      en: `The file '${file.name}' cannot be read: ${read.message.en}.`,
    },
  };
}

/**
 * The sample OPDs as picked workbooks, marked as examples.
 * @example samplePicks("id").map((p) => p.name)
 */
export function samplePicks(lang: Lang): PickedWorkbook[] {
  return gabungSamplesAction(lang).map((s) => ({ name: s.name, data: s.data, example: true }));
}

/**
 * Checks every picked OPD workbook and the cross-file rules (POKIN040–046) in the pane.
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
