import { gabungSamplesAction } from "../../core/actions";
import type { Lang } from "../../core/messages";
import { isRefusal } from "../../adapters/xlsx/reader";
import { STRINGS } from "../i18n";
import type { PickedWorkbook } from "../pemdaHost";
import { paneWorker } from "../worker/workerClient";
import { sniffXlsx, withFileName } from "./sniffXlsx";

/**
 * Reads a file the user picked with Pokin's own reader (pure JavaScript: the same in Excel's
 * pane and in a browser, and no ExcelJS inside Excel), in the pane's worker. Never rejects: a file that cannot be
 * read comes back with its reason, in both languages.
 * @param file a picked file (a `File`, or anything with its name and bytes)
 * @returns the workbook's values, or why not
 * @example const picked = await readPicked(input.files[0]);
 */
export async function readPicked(file: {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}): Promise<PickedWorkbook> {
  const bytes = await file.arrayBuffer();
  const sniffed = sniffXlsx(new Uint8Array(bytes, 0, Math.min(8, bytes.byteLength)));
  if (sniffed) return { name: file.name, failure: withFileName(STRINGS[sniffed], file.name) };
  const read = await paneWorker.read(bytes);
  if (!isRefusal(read)) return { name: file.name, data: read.data };
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
